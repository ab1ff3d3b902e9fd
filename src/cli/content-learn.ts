import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isScalar, isSeq, parseDocument, stringify } from 'yaml';
import { MAX_QUESTION_CHARS, MAX_SECTION_QUESTIONS } from '../core/content/schema.js';
import type { Guide } from '../core/guide.js';
import { normalizeQuestion } from '../core/learning/normalize-question.js';
import type { LearnedPhrasing } from '../store/store.js';
import type { CliIo } from './io.js';
import { loadGuidesOrReport } from './load-guides.js';
import { openCliStore } from './report-store.js';

/** One phrasing's fate. */
interface Fold {
  phrasing: LearnedPhrasing;
  file?: string;
  result: 'added' | 'already there' | 'section is full' | 'too long' | 'unknown section';
}

/**
 * `certpath content learn [--write] [--content DIR]`: folds the learned phrasings into their sections'
 * `questions:`, so lessons end up reviewed and version-controlled. Without --write it only says what
 * it would add. Edits go through the yaml Document API, so comments, order and quoting stay as written.
 */
export async function runContentLearn(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { write: { type: 'boolean', default: false }, content: { type: 'string' } },
  });
  const guides = loadGuidesOrReport(values.content, io);
  if (!guides) return 1;
  const store = await openCliStore(io);
  if (!store) return 1;
  let phrasings: LearnedPhrasing[];
  try {
    phrasings = await store.learnedPhrasings();
  } finally {
    await store.close();
  }
  const folds = foldPhrasings(guides, phrasings, values.write, io.cwd);
  for (const fold of folds) {
    const where = fold.file
      ? relative(io.cwd, fold.file)
      : `${fold.phrasing.guideId}/${fold.phrasing.sectionId}`;
    const verb =
      fold.result === 'added' ? (values.write ? 'added' : 'would add') : `skipped (${fold.result})`;
    io.out(`${where}: ${verb}: ${JSON.stringify(fold.phrasing.question)}`);
  }
  const added = folds.filter((fold) => fold.result === 'added').length;
  if (folds.length === 0) io.out('no learned phrasings yet');
  else if (!values.write && added > 0) io.out(`${added} to add; run with --write to edit the files`);
  else if (values.write) io.out(`${added} added; check with: certpath content check`);
  return 0;
}

function foldPhrasings(
  guides: readonly Guide[],
  phrasings: readonly LearnedPhrasing[],
  write: boolean,
  cwd: string,
): Fold[] {
  const folds: Fold[] = [];
  const byFile = new Map<string, LearnedPhrasing[]>();
  for (const phrasing of phrasings) {
    const section = guides
      .find((g) => g.id === phrasing.guideId)
      ?.sections.find((s) => s.id === phrasing.sectionId);
    if (!section) folds.push({ phrasing, result: 'unknown section' });
    else byFile.set(section.file, [...(byFile.get(section.file) ?? []), phrasing]);
  }
  // Section paths are relative to the directory the content was loaded from.
  for (const [file, list] of byFile) folds.push(...foldIntoFile(resolve(cwd, file), list, write));
  return folds;
}

/** Adds the phrasings to one section file's `questions:`; writes the file when asked and changed. */
function foldIntoFile(file: string, phrasings: readonly LearnedPhrasing[], write: boolean): Fold[] {
  const text = readFileSync(file, 'utf8');
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$)[\s\S]*)$/.exec(text);
  if (!match) return phrasings.map((phrasing) => ({ phrasing, file, result: 'unknown section' }));
  const [, open, original, rest] = match as unknown as [string, string, string, string];
  let yamlText = original;
  const folds: Fold[] = phrasings.map((phrasing) => {
    const question = phrasing.question.replace(/\s+/g, ' ').trim();
    const doc = parseDocument(yamlText);
    const questions = doc.get('questions', true);
    const items = isSeq(questions) ? questions.items : [];
    const known = new Set(items.map((item) => normalizeQuestion(String(isScalar(item) ? item.value : item))));
    if (known.has(normalizeQuestion(question))) return { phrasing, file, result: 'already there' };
    if ([...question].length > MAX_QUESTION_CHARS) return { phrasing, file, result: 'too long' };
    if (items.length >= MAX_SECTION_QUESTIONS) return { phrasing, file, result: 'section is full' };
    yamlText = withQuestion(yamlText, doc, question);
    return { phrasing, file, result: 'added' };
  });
  if (write && yamlText !== original) writeFileSync(file, `${open}${yamlText}${rest}`);
  return folds;
}

/**
 * The front matter with one more question. In a block list (the usual `questions:` layout) the new
 * item is inserted as a line after the last one, written like it, so nothing else in the file moves;
 * otherwise (no list yet, or a `[flow, list]`) the yaml Document API rewrites the front matter.
 */
function withQuestion(yamlText: string, doc: ReturnType<typeof parseDocument>, question: string): string {
  const questions = doc.get('questions', true);
  const scalar = stringify(question, { lineWidth: 0 }).trimEnd();
  const last = isSeq(questions) && !questions.flow ? questions.items.at(-1) : undefined;
  const range = (last as { range?: [number, number, number] } | undefined)?.range;
  if (range) {
    const lineStart = yamlText.lastIndexOf('\n', range[0] - 1) + 1;
    const prefix = /^[ \t]*-[ \t]+/.exec(yamlText.slice(lineStart))?.[0];
    const lineEnd = yamlText.indexOf('\n', range[1]);
    if (prefix && lineEnd >= 0)
      return `${yamlText.slice(0, lineEnd + 1)}${prefix}${scalar}\n${yamlText.slice(lineEnd + 1)}`;
  }
  if (isSeq(questions)) questions.add(doc.createNode(question));
  else doc.set('questions', doc.createNode([question]));
  return doc.toString({ lineWidth: 0 });
}
