import { parseArgs } from 'node:util';
import { normalizeQuestion } from '../core/learning/normalize-question.js';
import type { CliIo } from './io.js';
import { loadGuidesOrReport } from './load-guides.js';
import { openCliStore } from './report-store.js';
import { UsageError } from './usage.js';

/**
 * `certpath teach "<question>" <section-id> [--guide ID]`: what an admin's pick in the Content gaps
 * panel does, from the terminal. A running bot picks the lesson up within its refresh (30 s).
 */
export async function runTeach(
  args: string[],
  io: CliIo,
  now: () => Date = () => new Date(),
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { guide: { type: 'string' }, content: { type: 'string' } },
  });
  const [question, sectionId, ...extra] = positionals;
  if (question === undefined || sectionId === undefined || extra.length > 0)
    throw new UsageError(
      'teach needs a question and a section id: certpath teach "QUESTION" SECTION-ID [--guide ID]',
    );
  const normalized = normalizeQuestion(question);
  if (normalized === '') throw new UsageError('the question has no words to learn');
  const guides = loadGuidesOrReport(values.content, io);
  if (!guides) return 1;
  const candidates = guides.filter(
    (g) =>
      (values.guide === undefined || g.id === values.guide) && g.sections.some((s) => s.id === sectionId),
  );
  if (candidates.length === 0) {
    const where = values.guide ? `guide '${values.guide}'` : 'any guide';
    throw new UsageError(`no section '${sectionId}' in ${where} (see: certpath content export --json)`);
  }
  if (candidates.length > 1)
    throw new UsageError(
      `'${sectionId}' is in several guides (${candidates.map((g) => g.id).join(', ')}): add --guide ID`,
    );
  const guide = candidates[0]!;
  const store = await openCliStore(io);
  if (!store) return 1;
  try {
    await store.teach({
      question,
      normalized,
      guideId: guide.id,
      sectionId,
      taughtBy: 'cli',
      at: now().toISOString(),
    });
  } finally {
    await store.close();
  }
  const title = guide.sections.find((s) => s.id === sectionId)?.title ?? sectionId;
  io.out(`learned: ${JSON.stringify(question)} → ${guide.id}/${sectionId} (${title})`);
  return 0;
}
