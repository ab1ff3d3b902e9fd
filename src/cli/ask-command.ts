import { parseArgs } from 'node:util';
import { type Answerer, createAnswerer, type Reply } from '../core/answer/answerer.js';
import type { AskMode, Suggestion } from '../core/answer/decide-reply.js';
import { type CliIo, drawingWidth } from './io.js';
import { loadGuidesOrReport } from './load-guides.js';
import { lessonsForAsk } from './teach-lessons.js';
import { renderForTerminal, type TerminalOptions } from './terminal-view.js';
import { ASK_USAGE, UsageError } from './usage.js';

/** `certpath ask [--json] [--mode direct|channel] [QUESTION…]`; no question → one per stdin line. */
export async function runAsk(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      mode: { type: 'string', default: 'direct' },
      content: { type: 'string' },
    },
  });
  if (positionals.length === 0 && io.stdinIsTty) {
    io.err(ASK_USAGE);
    return 2;
  }
  const mode = values.mode;
  if (mode !== 'direct' && mode !== 'channel')
    throw new UsageError(`--mode must be direct or channel, not '${mode}'`);
  const guides = loadGuidesOrReport(values.content, io);
  if (!guides) return 1;
  const learned = await lessonsForAsk(io);
  const answerer = createAnswerer(guides, learned ? { learned } : {});
  const terminal = { color: io.isTty, width: drawingWidth(io) };
  const print = (question: string) => io.out(formatReply(answerer, question, mode, values.json, terminal));
  if (positionals.length > 0) {
    print(positionals.join(' '));
  } else {
    for await (const line of io.lines()) if (line.trim() !== '') print(line);
  }
  return 0;
}

function formatReply(
  answerer: Answerer,
  question: string,
  mode: AskMode,
  json: boolean,
  terminal: TerminalOptions,
): string {
  // The slash command is the direct surface: its answers are ephemeral, so they carry "Share in channel".
  const reply = answerer.ask(question, { mode, shareable: mode === 'direct' });
  if (json) return JSON.stringify(toJson(question, reply));
  return reply.message
    ? renderForTerminal(reply.message, terminal)
    : '(silence: the bot would not reply in a channel)';
}

/** The `ask --json` line: a contract other tools rely on. */
export function toJson(question: string, reply: Reply) {
  const { decision, message } = reply;
  const summary = (s: Suggestion) => ({
    guide: s.guide.id,
    section: s.section.id,
    title: s.section.title,
    confidence: s.confidence,
  });
  const answer = decision.kind === 'answer' ? summary(decision.answer) : null;
  const suggestions = 'suggestions' in decision ? decision.suggestions.map(summary) : [];
  return {
    question,
    answer,
    suggestions,
    ...(message ? { text: message.text, blocks: message.blocks } : {}),
  };
}
