import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Guide, Section, Side } from '../guide.js';
import { buildSection } from './build-section.js';
import { type ContentProblem, fieldName } from './content-error.js';
import { type ParsedSection, parseSectionFile } from './load-section.js';
import { guideFileSchema } from './schema.js';
import { unreachableUnnamedKeywords } from './unreachable-keywords.js';
import { validateSource } from './validate-source.js';
import { parseYamlSource } from './yaml-source.js';

/** Loads one guide folder (guide.yml + *.md). Problems are appended; the guide is returned only when valid. */
export function loadGuide(dir: string, problems: ContentProblem[], root = process.cwd()): Guide | undefined {
  const display = (file: string) => relative(root, join(dir, file)) || file;
  const guideFile = join(dir, 'guide.yml');
  if (!existsSync(guideFile)) {
    problems.push({ file: display('guide.yml'), message: 'missing guide.yml (id, title, sides)' });
    return undefined;
  }
  const before = problems.length;
  const source = parseYamlSource(display('guide.yml'), readFileSync(guideFile, 'utf8'));
  const guideFront = validateSource(source, guideFileSchema, problems);
  if (guideFront && guideFront.id !== basename(dir)) {
    problems.push({
      file: source.file,
      line: source.lineOf(['id']),
      field: 'id',
      message: `must equal the folder name '${basename(dir)}'`,
    });
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const parsed = files
    .map((name) => parseSectionFile(display(name), readFileSync(join(dir, name), 'utf8'), problems))
    .filter((section): section is ParsedSection => section !== undefined);
  if (!guideFront) return undefined;
  // A file that failed to parse is still there: its name stands in for its id, so the sections that
  // link to it don't each report a second, misleading problem.
  const fileIds = files.map((name) => basename(name, '.md'));
  checkSectionIds(parsed, fileIds, problems);
  const refs: [PropertyKey[], string][] = [
    ...(guideFront.defaultSection
      ? [[['defaultSection'], guideFront.defaultSection] as [PropertyKey[], string]]
      : []),
    ...guideFront.order.map((id, index): [PropertyKey[], string] => [['order', index], id]),
  ];
  for (const [path, id] of refs) {
    if (parsed.some(({ front }) => front.id === id) || fileIds.includes(id)) continue;
    const field = fieldName(path);
    problems.push({
      file: source.file,
      line: source.lineOf(path),
      field,
      message: `no section with id '${id}' in this guide`,
    });
  }
  const sections = inOrder(
    parsed
      .map((section) => buildSection(section, guideFront, problems))
      .filter((section): section is Section => section !== undefined),
    guideFront.order,
  );
  if (parsed.length === 0)
    problems.push({ file: display('.'), message: 'the guide has no section files (*.md)' });
  if (problems.length > before) return undefined;
  const guide: Guide = {
    id: guideFront.id,
    title: guideFront.title,
    sides: guideFront.sides as [Side, Side],
    vocabulary: guideFront.vocabulary,
    ratingScale: guideFront.ratingScale,
    notCovered: guideFront.notCovered,
    generalTerms: guideFront.generalTerms,
    ...(guideFront.defaultSection ? { defaultSection: guideFront.defaultSection } : {}),
    sections,
    dir,
  };
  const unreachable = unreachableUnnamedKeywords(guide, source.file, source.lineOf);
  problems.push(...unreachable);
  return unreachable.length > 0 ? undefined : guide;
}

/** Sections in the guide's `order`; those it does not list follow in file-name order. */
function inOrder(sections: Section[], order: readonly string[]): Section[] {
  const rank = (section: Section) => {
    const at = order.indexOf(section.id);
    return at < 0 ? order.length : at;
  };
  return [...sections].sort((a, b) => rank(a) - rank(b));
}

/** Duplicate ids and related ids that point nowhere are only visible across files. */
function checkSectionIds(
  parsed: readonly ParsedSection[],
  fileIds: readonly string[],
  problems: ContentProblem[],
): void {
  const seen = new Map<string, string>();
  for (const { front, source } of parsed) {
    const first = seen.get(front.id);
    if (first) {
      problems.push({
        file: source.file,
        line: source.lineOf(['id']),
        field: 'id',
        message: `duplicate section id '${front.id}' (also in ${first})`,
      });
    } else {
      seen.set(front.id, source.file);
    }
  }
  for (const { front, source } of parsed) {
    front.related.forEach((id, index) => {
      if (!seen.has(id) && !fileIds.includes(id)) {
        problems.push({
          file: source.file,
          line: source.lineOf(['related', index]),
          field: `related[${index}]`,
          message: `no section with id '${id}' in this guide`,
        });
      }
    });
  }
}
