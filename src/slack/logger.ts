import { formatWithOptions } from 'node:util';
import type { Logger } from '@slack/bolt';
import type { LogLevelName } from '../config.js';
import { LogLevel } from './bolt.js';

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

/** Anything shaped like a Slack token: bot/user/config tokens (`xoxb-`, `xoxp-`, `xoxe-`…) and app tokens. */
const TOKEN_PATTERNS = [/xox[a-z]-[A-Za-z0-9-]+/g, /xapp-[A-Za-z0-9-]+/g];
const REDACTED = '[redacted]';

/** Where formatted lines go; tests pass an array's push. */
export type LogSink = (level: LogLevel, line: string) => void;

export interface LoggerOptions {
  level: LogLevelName;
  /** Exact values to hide wherever they appear (the signing secret, the tokens). */
  secrets?: readonly string[];
  sink?: LogSink;
  name?: string;
}

/** Writes warnings and errors to stderr, the rest to stdout. */
export const consoleSink: LogSink = (level, line) => {
  const stream = level === LogLevel.WARN || level === LogLevel.ERROR ? process.stderr : process.stdout;
  stream.write(`${line}\n`);
};

/** Hides tokens and the given secret values in a line of text. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Longest first, so a secret that contains another is hidden whole.
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(REDACTED);
  }
  for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, REDACTED);
  return out;
}

/**
 * A Bolt-compatible logger with a level that redacts every line before it is written:
 * Slack tokens of any kind and the configured secrets never reach a log.
 */
export function createLogger({
  level,
  secrets = [],
  sink = consoleSink,
  name = 'certpath',
}: LoggerOptions): Logger {
  let current = level as LogLevel;
  const write = (at: LogLevel, msg: unknown[]) => {
    if (RANK[at] < RANK[current]) return;
    const text = formatWithOptions(
      { colors: false, depth: 6, breakLength: Number.POSITIVE_INFINITY },
      ...msg,
    );
    sink(at, redact(`[${at.toUpperCase()}] ${name} ${text}`, secrets));
  };
  return {
    debug: (...msg) => write(LogLevel.DEBUG, msg),
    info: (...msg) => write(LogLevel.INFO, msg),
    warn: (...msg) => write(LogLevel.WARN, msg),
    error: (...msg) => write(LogLevel.ERROR, msg),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    // One logger is shared by Bolt, the Web API and Socket Mode clients, which each try to rename it; one name reads better.
    setName: () => {},
  };
}
