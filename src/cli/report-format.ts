import type { Report } from './report-build.js';

/**
 * `--json`: `{"unanswered":[{"question","count","lastSeen","outcome","bestGuess"}],
 * "feedback":[{"guide","section","helpful","unhelpful"}],"suggestions":[…]}`.
 */
export function reportJson(report: Report): string {
  return JSON.stringify({
    unanswered: report.unanswered.map((g) => ({
      question: g.question,
      count: g.count,
      lastSeen: g.lastSeen,
      outcome: g.outcome,
      bestGuess: g.bestGuess
        ? { guide: g.bestGuess.guideId, section: g.bestGuess.sectionId, confidence: g.bestGuess.confidence }
        : null,
    })),
    feedback: report.feedback.map(({ guide, section, helpful, unhelpful }) => ({
      guide,
      section,
      helpful,
      unhelpful,
    })),
    suggestions: report.suggestions,
  });
}

/** `--csv`: one table, a `kind` column telling unanswered, feedback and suggestion rows apart. */
export function reportCsv(report: Report): string {
  const header = [
    'kind',
    'question',
    'count',
    'last_seen',
    'outcome',
    'guide',
    'section',
    'confidence',
    'helpful',
    'unhelpful',
    'fix',
  ];
  const rows: (string | number)[][] = [header];
  for (const g of report.unanswered) {
    const guess = g.bestGuess;
    rows.push([
      'unanswered',
      g.question,
      g.count,
      g.lastSeen,
      g.outcome,
      guess?.guideId ?? '',
      guess?.sectionId ?? '',
      guess?.confidence ?? '',
      '',
      '',
      g.fix,
    ]);
  }
  for (const f of report.feedback)
    rows.push(['feedback', '', '', '', '', f.guide, f.section, '', f.helpful, f.unhelpful, f.fix]);
  for (const s of report.suggestions)
    rows.push(['suggestion', s.question, s.count, '', '', s.guide, s.section, '', '', '', '']);
  return rows.map((row) => row.map(csvCell).join(',')).join('\n');
}

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a question as a formula. */
function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Control characters shown as visible escapes, long questions cut: the terminal shows what was asked, safely. */
function safe(text: string, max = 70): string {
  const visible = text.replace(/[\p{Cc}]/gu, (c) =>
    c === '\n' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}

const OUTCOME: Record<string, string> = {
  'not-covered': 'not covered',
  'did-you-mean': 'did you mean',
  'low-confidence': 'low confidence',
};

/** The report for a person at a terminal. */
export function reportText(report: Report, days: number): string {
  const lines = [
    `CertPath report: the last ${days} days (since ${report.since.slice(0, 10)}), ${report.store} store`,
    '',
  ];
  lines.push(
    `Unanswered questions: ${report.unanswered.length} group${report.unanswered.length === 1 ? '' : 's'}`,
  );
  if (report.unanswered.length === 0) lines.push('  none');
  for (const g of report.unanswered) {
    const guess = g.bestGuess
      ? `best guess ${g.bestGuess.sectionId} (${Math.round(g.bestGuess.confidence * 100)}%)`
      : 'no guess';
    lines.push(
      `  ${String(g.count).padStart(4)}×  ${g.lastSeen.slice(0, 10)}  ${(OUTCOME[g.outcome] ?? g.outcome).padEnd(14)}  “${safe(g.question)}”  ${guess}`,
    );
    lines.push(`         fix: ${safe(g.fix, 160)}`);
  }
  lines.push('', 'Sections by share of 👎');
  if (report.feedback.length === 0) lines.push('  no feedback yet');
  for (const f of report.feedback) {
    const total = f.helpful + f.unhelpful;
    const pct = Math.round((100 * f.unhelpful) / Math.max(1, total));
    lines.push(
      `  ${`${pct}%`.padStart(4)} 👎  ${`${f.unhelpful}/${total}`.padStart(7)}  ${f.guide}/${f.section}`,
    );
    if (f.unhelpful > 0) lines.push(`         fix: ${safe(f.fix, 160)}`);
  }
  if (report.suggestions.length > 0) {
    lines.push('', 'Topics people were looking for after a 👎 (suggestions, never applied on their own)');
    for (const s of report.suggestions)
      lines.push(`  ${String(s.count).padStart(4)}×  “${safe(s.question || '—')}” → ${s.section}`);
  }
  return lines.join('\n');
}
