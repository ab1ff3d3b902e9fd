import { readFile } from 'node:fs/promises';

/** Linux's USER_HZ: /proc reports CPU time in these ticks (100 a second on every common build). */
const TICKS_PER_SECOND = 100;

/** Resident set size of a process in MB, from /proc (Linux); NaN where that is not available. */
export async function residentMb(pid: number | undefined): Promise<number> {
  const status = await readProc(pid, 'status');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  return kb / 1024;
}

/** CPU time (user + system, all threads) a process has used so far, in ms (10 ms resolution); NaN off Linux. */
export async function cpuMs(pid: number | undefined): Promise<number> {
  const stat = await readProc(pid, 'stat');
  // Fields after the command name (which may contain spaces) start at the last ')'; utime and stime are 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks / TICKS_PER_SECOND) * 1000;
}

async function readProc(pid: number | undefined, file: string): Promise<string> {
  if (pid === undefined) return '';
  try {
    return await readFile(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}
