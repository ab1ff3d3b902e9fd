import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { perturbText, seededRandom } from './perturb-text.js';

/** Front-matter fields whose words are rewritten in a copy; ids, sides, related ids and the recommender stay. */
const TEXT_FIELDS = ['title', 'summary', 'questions', 'keywords'] as const;

type Random = () => number;
type Front = Record<string, unknown>;
type SourceFile = { name: string; front: Front; body: string };

/**
 * A content folder holding the default guide and `scale - 1` copies of it, each under a new guide id
 * and with about a fifth of its longer words slightly changed. Written to a temp dir for the real
 * loader to read; `remove()` deletes it. Copies are written as JSON-style YAML (valid YAML 1.2), which
 * the loader reads as fast as block style and which is written a hundred times faster.
 */
export function writeScaledContent(
  sourceGuideDir: string,
  scale: number,
): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `certpath-bench-x${scale}-`));
  const baseId = basename(sourceGuideDir);
  cpSync(sourceGuideDir, join(dir, baseId), { recursive: true });
  const guide = parse(readFileSync(join(sourceGuideDir, 'guide.yml'), 'utf8')) as Front;
  const sections = readdirSync(sourceGuideDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => splitSection(name, readFileSync(join(sourceGuideDir, name), 'utf8')));
  for (let copy = 1; copy < scale; copy++) {
    const random = seededRandom(copy * 7919);
    const id = `${baseId}-copy-${copy}`;
    mkdirSync(join(dir, id));
    const title = `${String(guide.title).slice(0, 130)} · copy ${copy}`;
    writeFileSync(join(dir, id, 'guide.yml'), JSON.stringify({ ...guide, id, title }, null, 2));
    for (const section of sections) writeFileSync(join(dir, id, section.name), copySection(section, random));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function splitSection(name: string, text: string): SourceFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${name}: section file without front matter`);
  return { name, front: parse(match[1]!) as Front, body: match[2]! };
}

function copySection({ front: original, body }: SourceFile, random: Random): string {
  const front: Front = structuredClone(original);
  for (const field of TEXT_FIELDS) if (field in front) front[field] = perturbValue(front[field], random);
  // A rated section's cells are names on the guide's scale ("High"): a slip there is a content error.
  if (Array.isArray(front.comparison) && front.rated !== true) {
    front.comparison = front.comparison.map((row: Front) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, perturbValue(value, random)])),
    );
  }
  return `---\n${JSON.stringify(front, null, 2)}\n---\n${perturbText(body, random)}`;
}

function perturbValue(value: unknown, random: Random): unknown {
  if (typeof value === 'string') return perturbText(value, random);
  if (Array.isArray(value)) return value.map((item) => perturbValue(item, random));
  return value;
}
