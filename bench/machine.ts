import { cpus, loadavg, totalmem } from 'node:os';

/** What the numbers were measured on: they mean little without it. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  date: string;
}

export function describeMachine(now = new Date()): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() || 'unknown',
    cores: list.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: now.toISOString(),
  };
}

/** Samples the 1-minute load average every few seconds while the bench runs. */
export function watchLoad(everyMs = 2000): { start: number; max: () => number; stop: () => void } {
  const start = loadavg()[0] ?? Number.NaN;
  let max = start;
  const timer = setInterval(() => {
    max = Math.max(max, loadavg()[0] ?? 0);
  }, everyMs).unref();
  return {
    start,
    max: () => Math.max(max, loadavg()[0] ?? 0),
    stop: () => clearInterval(timer),
  };
}
