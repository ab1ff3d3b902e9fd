import type { BenchOptions } from '../bench-options.js';
import { median, ratio } from '../stats.js';
import { BARE_BODY, FLOOR_TEXT } from './servers/fixed-answers.js';
import { type SignedRequest, slashCommandRequest } from './slack-requests.js';
import type { LoadResult } from './slash-load.js';
import { runLoad } from './slash-load.js';

/** A server the slash command is loaded against, and how its answers are checked. */
export interface SlashTarget {
  name: string;
  baseUrl: string;
  verifyBody: (body: string) => boolean;
}

/** One target over every round. */
export interface SlashTargetResult {
  name: string;
  rounds: LoadResult[];
  /** Medians over rounds; errors are summed. */
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

/**
 * The real app with its SQLite store ÷ the same build with none, paired round by round (issue 14: the
 * store must leave the slash path within noise). `noise` is how far the storeless app's own ratio to
 * the Bolt floor moved between rounds: half its range, relative to its median.
 */
export interface StoreComparison {
  ratio: number;
  perRound: number[];
  noise: number;
}

export interface SlashResult {
  targets: SlashTargetResult[];
  /** Present when a storeless copy of the real app was loaded too. */
  store?: StoreComparison;
  /** Median over rounds of real ÷ floor and real ÷ bare requests per second (paired within a round). */
  realOverFloor: number;
  realOverBare: number;
  floorOverBare: number;
}

/** The real bot answers with Block Kit; an apology has blocks too, so it is recognised by its words. */
export const answerCheck = (apology: string) => (body: string) =>
  body.includes('"blocks":[{') && !body.includes(apology);
export const floorCheck = (body: string) => body.includes(FLOOR_TEXT);
export const bareCheck = (body: string) => body === BARE_BODY;

/**
 * Loads each target in turn, round after round, rotating who goes first, so that drift in the machine
 * (other work, thermal state) lands on all three alike. Requests cycle through the evaluation
 * questions, each signed with a timestamp taken at the start of its round.
 */
export async function runSlashSuite(
  targets: readonly SlashTarget[],
  questions: readonly string[],
  responseUrl: string,
  options: BenchOptions['slash'],
  log: (line: string) => void,
): Promise<SlashResult> {
  const sign = () => {
    const now = Math.floor(Date.now() / 1000);
    return questions.map((question) => slashCommandRequest(question, responseUrl, now));
  };
  const load = (target: SlashTarget, seconds: number, requests: readonly SignedRequest[]) =>
    runLoad({
      url: `${target.baseUrl}/slack/events`,
      connections: options.connections,
      seconds,
      requests,
      verifyBody: target.verifyBody,
    });
  for (const target of targets) await load(target, options.warmupSeconds, sign());
  const rounds = new Map(targets.map((target) => [target.name, [] as LoadResult[]]));
  for (let round = 0; round < options.rounds; round++) {
    const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
    for (const target of order) {
      const result = await load(target, options.seconds, sign());
      rounds.get(target.name)!.push(result);
      log(
        `slash round ${round + 1} ${target.name}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99} ms, ${result.errors} errors`,
      );
    }
  }
  const results = targets.map((target) => summarizeTarget(target.name, rounds.get(target.name)!));
  const paired = (a: string, b: string) =>
    median(
      rounds.get(a)!.map((run, i) => ratio(run.requestsPerSecond, rounds.get(b)![i]!.requestsPerSecond)),
    );
  const [real, floor, bare] = targets.map((target) => target.name) as [string, string, string];
  return {
    targets: results,
    realOverFloor: paired(real, floor),
    realOverBare: paired(real, bare),
    floorOverBare: paired(floor, bare),
  };
}

function summarizeTarget(name: string, rounds: LoadResult[]): SlashTargetResult {
  return {
    name,
    rounds,
    requestsPerSecond: median(rounds.map((run) => run.requestsPerSecond)),
    p50: median(rounds.map((run) => run.p50)),
    p99: median(rounds.map((run) => run.p99)),
    errors: rounds.reduce((sum, run) => sum + run.errors, 0),
    requests: rounds.reduce((sum, run) => sum + run.requests, 0),
  };
}

/** Compares two targets of a finished suite, round by round: `withStore` and `withoutStore` against `floor`. */
export function compareStore(
  result: SlashResult,
  withStore: string,
  withoutStore: string,
  floor: string,
): StoreComparison {
  const rounds = (name: string) => result.targets.find((target) => target.name === name)!.rounds;
  const [on, off, base] = [rounds(withStore), rounds(withoutStore), rounds(floor)];
  const perRound = on.map((run, i) => ratio(run.requestsPerSecond, off[i]!.requestsPerSecond));
  const offOverFloor = off.map((run, i) => ratio(run.requestsPerSecond, base[i]!.requestsPerSecond));
  const spread = Math.max(...offOverFloor) - Math.min(...offOverFloor);
  return { ratio: median(perRound), perRound, noise: spread / 2 / median(offOverFloor) };
}
