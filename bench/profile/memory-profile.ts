import type { BenchOptions } from '../bench-options.js';
import { residentMb } from '../proc-stats.js';
import { runEventLoad } from '../slack/event-load.js';
import type { FakeWebApi } from '../slack/fake-web-api.js';
import { startRealBot } from '../slack/real-bot.js';
import { slashCommandRequest } from '../slack/slack-requests.js';
import { runLoad } from '../slack/slash-load.js';

/** What the bot's heap did under load, from `--trace-gc`: live data versus garbage not yet collected. */
export interface MemoryProfile {
  rssMb: number;
  /** Heap still in use right after the last full (mark-compact) GC: what the bot really keeps. */
  liveHeapMb: number;
  /** The largest the heap got before a full GC collected it. */
  peakHeapMb: number;
  /** Heap V8 had reserved after the last full GC. */
  committedMb: number;
  fullGcs: number;
  scavenges: number;
}

const GC_LINE = /(Mark-Compact|Scavenge) ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/;

/** Re-runs the slash and event load against a bot started with `--trace-gc` and reads its GC log. */
export async function profileMemory(
  api: FakeWebApi,
  questions: readonly string[],
  options: BenchOptions,
): Promise<MemoryProfile> {
  const profile: MemoryProfile = {
    rssMb: 0,
    liveHeapMb: 0,
    peakHeapMb: 0,
    committedMb: 0,
    fullGcs: 0,
    scavenges: 0,
  };
  let pending = '';
  const stdout = (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) record(profile, GC_LINE.exec(line));
  };
  const bot = await startRealBot(api.url, { nodeArgs: ['--trace-gc'], stdout });
  try {
    const now = Math.floor(Date.now() / 1000);
    const responseUrl = new URL('../response/bench', api.url).href;
    const requests = questions.map((question) => slashCommandRequest(question, responseUrl, now));
    const { connections, seconds, rounds } = options.slash;
    await runLoad({
      url: `${bot.baseUrl}/slack/events`,
      connections,
      seconds: seconds * rounds,
      requests,
      verifyBody: () => true,
    });
    await runEventLoad(bot.baseUrl, api, questions, options.events);
    profile.rssMb = await residentMb(bot.child.pid);
  } finally {
    await bot.stop();
  }
  return profile;
}

function record(profile: MemoryProfile, match: RegExpExecArray | null): void {
  if (!match) return;
  const [, kind, before, , after, committed] = match;
  if (kind === 'Scavenge') {
    profile.scavenges += 1;
    return;
  }
  profile.fullGcs += 1;
  profile.peakHeapMb = Math.max(profile.peakHeapMb, Number(before));
  profile.liveHeapMb = Number(after);
  profile.committedMb = Number(committed);
}
