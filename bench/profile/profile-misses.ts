import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BenchOptions } from '../bench-options.js';
import { DEFAULT_GUIDE, runWorker } from '../matching/matching-suite.js';
import { writeScaledContent } from '../matching/scaled-content.js';
import { ROOT } from '../paths.js';
import type { HotspotReport, TargetCheck } from '../report/bench-report.js';
import type { FakeWebApi } from '../slack/fake-web-api.js';
import { startRealBot } from '../slack/real-bot.js';
import { slashCommandRequest } from '../slack/slack-requests.js';
import { runLoad } from '../slack/slash-load.js';
import { answerCheck } from '../slack/slash-suite.js';
import { hotspots, newestProfile } from './cpu-hotspots.js';
import { type MemoryProfile, profileMemory } from './memory-profile.js';

export const PROFILE_DIR = join(ROOT, 'bench', 'profiles');

export interface ProfileContext {
  options: BenchOptions;
  api: FakeWebApi;
  questions: readonly string[];
  apology: string;
}

/** Empties bench/profiles, so every profile there belongs to the last run. */
export function clearProfiles(): void {
  rmSync(PROFILE_DIR, { recursive: true, force: true });
}

/**
 * Re-runs each part that missed a target with a profiler: CPU profiles for matching, the slash
 * command and start-up, the GC log for memory. Each part is profiled once, however many targets it missed.
 */
export async function profileMisses(
  missed: readonly TargetCheck[],
  context: ProfileContext,
): Promise<{ cpu: HotspotReport[]; memory?: MemoryProfile }> {
  const cpu: HotspotReport[] = [];
  let memory: MemoryProfile | undefined;
  const done = new Set<string>();
  for (const check of missed) {
    const matching = /^Matching p99 ×(\d+) \((.+)\)$/.exec(check.name);
    // One profile a scale: the full path (ask) contains matching, so it answers for both rows.
    const engine = missed.some((other) => other.name === `Matching p99 ×${matching?.[1]} (certpath ask)`)
      ? 'certpath ask'
      : matching?.[2];
    const part = matching
      ? `Matching ×${matching[1]}`
      : (/^(Slash|Start-up|RSS)/.exec(check.name)?.[1] ?? check.name);
    if (done.has(part)) continue;
    done.add(part);
    if (part === 'RSS') {
      memory = await profileMemory(context.api, context.questions, context.options);
      continue;
    }
    const dir = join(PROFILE_DIR, part.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
    mkdirSync(dir, { recursive: true });
    if (matching) await profileMatching(Number(matching[1]), engine!, dir, context.options);
    else if (part === 'Slash') await profileSlash(dir, context);
    else if (part === 'Start-up')
      await (await startRealBot(context.api.url, { nodeArgs: cpuProf(dir) })).stop();
    const file = newestProfile(dir);
    const what = matching
      ? `${part}, ${engine} (p99 goal ${check.goal})`
      : `${check.name} (${check.measured}, goal ${check.goal})`;
    if (file) cpu.push({ what, profile: relative(ROOT, file), ...hotspots(file) });
  }
  return { cpu, ...(memory ? { memory } : {}) };
}

const cpuProf = (dir: string) => ['--cpu-prof', `--cpu-prof-dir=${dir}`];

/** The matching worker again, profiling its build, warm-up and measuring (not content loading). */
async function profileMatching(
  scale: number,
  engine: string,
  dir: string,
  options: BenchOptions,
): Promise<void> {
  const content = writeScaledContent(DEFAULT_GUIDE, scale);
  try {
    await runWorker(content.dir, engine, options.matching.budget(scale), join(dir, 'matching.cpuprofile'));
  } finally {
    content.remove();
  }
}

/** The real bot under one round of slash command load, with `--cpu-prof` (written when it exits). */
async function profileSlash(
  dir: string,
  { api, questions, options, apology }: ProfileContext,
): Promise<void> {
  const bot = await startRealBot(api.url, { nodeArgs: cpuProf(dir) });
  try {
    const responseUrl = new URL('../response/bench', api.url).href;
    const now = Math.floor(Date.now() / 1000);
    const requests = questions.map((question) => slashCommandRequest(question, responseUrl, now));
    const { connections, seconds } = options.slash;
    await runLoad({
      url: `${bot.baseUrl}/slack/events`,
      connections,
      seconds,
      requests,
      verifyBody: answerCheck(apology),
    });
  } finally {
    await bot.stop();
  }
}
