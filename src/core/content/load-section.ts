import type { ContentProblem } from './content-error.js';
import { type SectionFile, sectionFileSchema } from './schema.js';
import { validateSource } from './validate-source.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/** A section file after its front matter passed the schema; cross-checks against the guide come later. */
export interface ParsedSection {
  front: SectionFile;
  body: string;
  source: YamlSource;
}

const FENCE = /^---\s*$/;

/** Splits `---` front matter from the Markdown body and validates the front matter. */
export function parseSectionFile(
  file: string,
  text: string,
  problems: ContentProblem[],
): ParsedSection | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    problems.push({
      file,
      line: 1,
      message: 'a section file must start with YAML front matter between --- lines',
    });
    return undefined;
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end < 0) {
    problems.push({ file, line: 1, message: 'front matter is not closed: add a --- line after it' });
    return undefined;
  }
  const source = parseYamlSource(file, lines.slice(1, end).join('\n'), 2);
  const front = validateSource(source, sectionFileSchema, problems);
  if (!front) return undefined;
  return {
    front,
    body: lines
      .slice(end + 1)
      .join('\n')
      .trim(),
    source,
  };
}
