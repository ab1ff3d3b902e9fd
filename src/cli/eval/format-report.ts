import type { CaseResult } from './metrics.js';
import type { EvalReport, SystemReport } from './run-eval.js';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
/** A rate over no questions is not 100%: it is no rate at all. */
const rate = (value: number, over: number) => (over === 0 ? '—'.padStart(7) : pct(value));

/** The evaluation as a terminal table: per system and category, then calibration and every miss. */
export function formatReport(report: EvalReport, modes: { direct: boolean; channel: boolean }): string {
  const lines: string[] = [];
  for (const system of report.systems) lines.push(...systemTable(system, modes), '');
  lines.push(
    'Calibration (certpath: best candidate per confidence band; right = expected section, or "not covered" out of scope)',
  );
  for (const band of report.calibration) {
    if (band.count === 0) continue;
    lines.push(
      `  ${band.from.toFixed(1)}–${band.to.toFixed(1)}  ${String(band.count).padStart(4)} questions  ${pct(band.right / band.count)} right`,
    );
  }
  const ours = report.systems[0]!;
  const misses = ours.results.filter((r) => isMiss(r, modes));
  lines.push('', `Misses (certpath): ${misses.length}`);
  for (const miss of misses) lines.push(`  ${describeMiss(miss, modes)}`);
  lines.push('', report.missed.length ? `Targets missed: ${report.missed.join('; ')}` : 'Targets: all met');
  lines.push(
    report.behindBaselines.length
      ? `Not ahead of baselines: ${report.behindBaselines.join('; ')}`
      : 'Baselines: ahead of both on every line',
  );
  return lines.join('\n');
}

function systemTable(system: SystemReport, modes: { direct: boolean; channel: boolean }): string[] {
  const header = `${system.name}`;
  const rows = [{ cat: 'overall', direct: system.direct, channel: system.channel }, ...system.byCategory];
  const lines = [
    header,
    `  ${'category'.padEnd(12)}${modes.direct ? '   n-in  top-1  top-3  n-out  not-covered' : ''}${modes.channel ? '   chatter  recall  precision    net' : ''}`,
  ];
  for (const row of rows) {
    let line = `  ${row.cat.padEnd(12)}`;
    const { direct, channel } = row;
    // Answers given in channel mode: recall × in-scope questions; precision is a rate over them.
    const answered = Math.round(channel.recall * channel.inScope);
    if (modes.direct)
      line += `${String(direct.inScope).padStart(7)}${rate(direct.top1, direct.inScope)}${rate(direct.top3, direct.inScope)}${String(direct.outOfScope).padStart(7)}${rate(direct.notCovered, direct.outOfScope).padStart(13)}`;
    if (modes.channel)
      line += `${String(channel.chatterAnswers).padStart(10)}${rate(channel.recall, channel.inScope).padStart(8)}${rate(channel.precision, answered).padStart(11)}${pct(channel.net)}`;
    lines.push(line);
  }
  return lines;
}

function isMiss(result: CaseResult, modes: { direct: boolean; channel: boolean }): boolean {
  const inScope = result.case.expect.length > 0;
  const directMiss = inScope
    ? !result.direct.right
    : result.direct.answer !== undefined || result.direct.top3.length > 0;
  const channelMiss = inScope
    ? result.channel !== undefined && !result.case.expect.includes(result.channel)
    : result.channel !== undefined;
  return (modes.direct && directMiss) || (modes.channel && channelMiss);
}

function describeMiss(result: CaseResult, modes: { direct: boolean; channel: boolean }): string {
  const want = result.case.expect.length ? result.case.expect.join('|') : 'not covered';
  const got =
    result.direct.answer ??
    (result.direct.top3.length ? `did you mean ${result.direct.top3.join(', ')}` : 'not covered');
  const top = result.direct.top
    ? ` (best ${result.direct.top.section ?? 'uncovered'} ${result.direct.top.confidence.toFixed(2)})`
    : '';
  const channel = modes.channel ? `; channel: ${result.channel ?? 'silence'}` : '';
  return `[${result.case.cat}] "${result.case.q}" want ${want}, got ${got}${top}${channel}  ${result.case.where}`;
}
