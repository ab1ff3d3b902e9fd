import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../core/content/content-error.js';
import { checkContent } from '../core/content/load-content.js';
import { sectionText } from '../core/text/section-text.js';
import { runContentLearn } from './content-learn.js';
import type { CliIo } from './io.js';
import { loadGuidesOrReport } from './load-guides.js';
import { UsageError } from './usage.js';

/** `certpath content check [DIR]` and `certpath content export --json`. */
export async function runContent(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'check') return check(rest, io);
  if (sub === 'export') return exportJson(rest, io);
  if (sub === 'learn') return runContentLearn(rest, io);
  throw new UsageError(
    sub
      ? `unknown content command '${sub}' (check, export or learn)`
      : 'content needs a command: check, export or learn',
  );
}

function check(args: string[], io: CliIo): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new UsageError('content check takes at most one folder');
  const { guides, problems } = checkContent(resolve(io.cwd, positionals[0] ?? 'content'), io.cwd);
  for (const problem of problems) io.out(formatProblem(problem));
  if (problems.length > 0) {
    io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} found`);
    return 1;
  }
  const sections = guides.reduce((sum, guide) => sum + guide.sections.length, 0);
  io.out(`ok: ${guides.length} guide${guides.length === 1 ? '' : 's'}, ${sections} sections`);
  return 0;
}

function exportJson(args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, content: { type: 'string' } },
  });
  if (!values.json) throw new UsageError('content export needs --json');
  const guides = loadGuidesOrReport(values.content, io);
  if (!guides) return 1;
  const exported = guides.map((guide) => ({
    id: guide.id,
    title: guide.title,
    sides: guide.sides.map(({ id, label, name, code }) => ({ id, label, name, ...(code ? { code } : {}) })),
    sections: guide.sections.map((section) => ({
      id: section.id,
      title: section.title,
      text: sectionText(guide, section),
    })),
  }));
  io.out(JSON.stringify({ guides: exported }));
  return 0;
}
