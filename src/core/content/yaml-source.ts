import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { ContentProblem } from './content-error.js';

/** Parsed YAML that remembers where each value came from, so problems can name a line. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** Line of the value (or of the key, for a missing or unknown field) at `path`. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  problems: ContentProblem[];
}

/**
 * Parses YAML text. `firstLine` is the file line the text starts on (front matter starts after `---`).
 * Syntax errors become problems instead of exceptions.
 */
export function parseYamlSource(file: string, text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    line: toLine(error.pos[0]),
    message: `malformed YAML: ${error.message.split('\n')[0]}`,
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const offset = offsetOf(doc.contents as Node | null, path.slice(0, depth), depth < path.length);
      if (offset !== undefined) return toLine(offset);
    }
    return undefined;
  };
  return { file, value: problems.length ? undefined : doc.toJS(), lineOf, problems };
}

function offsetOf(root: Node | null, path: readonly PropertyKey[], preferKey: boolean): number | undefined {
  let node: unknown = root;
  let keyOffset: number | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
      if (!pair) return undefined;
      keyOffset = (pair.key as Node | null)?.range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      keyOffset = undefined;
    } else {
      return undefined;
    }
  }
  if (preferKey && keyOffset !== undefined) return keyOffset;
  return (node as Node | null)?.range?.[0] ?? keyOffset;
}
