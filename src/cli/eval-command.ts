import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readEvalSet } from './eval/eval-set.js';
import { formatReport } from './eval/format-report.js';
import { runEvaluation } from './eval/run-eval.js';
import { certpathSystem } from './eval/systems.js';
import { formatVariants, runVariants } from './eval/variants.js';
import type { CliIo } from './io.js';
import { loadGuidesOrReport } from './load-guides.js';
import { UsageError } from './usage.js';

/**
 * `certpath eval [FILE] [--mode direct|channel|both] [--variants] [--json]`: exit 1 when a target is missed.
 * `--variants` also asks every rightly handled question again rewritten (typos, no "?", a greeting first…).
 */
export async function runEval(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      mode: { type: 'string', default: 'both' },
      content: { type: 'string' },
      json: { type: 'boolean', default: false },
      variants: { type: 'boolean', default: false },
    },
  });
  const mode = values.mode;
  if (mode !== 'direct' && mode !== 'channel' && mode !== 'both')
    throw new UsageError(`--mode must be direct, channel or both, not '${mode}'`);
  if (positionals.length > 1) throw new UsageError('eval takes at most one question file');
  const guides = loadGuidesOrReport(values.content, io);
  if (!guides) return 1;
  const file = positionals[0] ?? 'eval/questions.jsonl';
  const report = runEvaluation(guides, readEvalSet(resolve(io.cwd, file), file));
  const variants = values.variants
    ? runVariants(certpathSystem(guides), report.systems[0]!.results)
    : undefined;
  if (values.json) {
    const systems = report.systems.map(({ name, direct, channel, byCategory }) => ({
      name,
      direct,
      channel,
      byCategory,
    }));
    io.out(
      JSON.stringify({
        systems,
        calibration: report.calibration,
        missed: report.missed,
        behindBaselines: report.behindBaselines,
        ...(variants ? { variants } : {}),
      }),
    );
  } else {
    io.out(formatReport(report, { direct: mode !== 'channel', channel: mode !== 'direct' }));
    if (variants) io.out(`\n${formatVariants(variants)}`);
  }
  return report.missed.length || report.behindBaselines.length ? 1 : 0;
}
