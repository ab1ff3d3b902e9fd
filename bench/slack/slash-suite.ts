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
 * store must leave the slash path within noise). Two copies of the app with the store run, one started
 * before the storeless app and one after, because identical processes differ by start order alone
 * (measured: the one started first served 4–12% fewer requests); `ratio` compares their geometric mean
 * with the storeless app, and `noise` is how far the two identical copies were apart (median over
 * rounds of |first ÷ second − 1|).
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

/** Compares the two copies with the store (`withStore`) and the one without, round by round. */
export function compareStore(
  result: SlashResult,
  withStore: readonly [string, string],
  withoutStore: string,
): StoreComparison {
  const rounds = (name: string) => result.targets.find((target) => target.name === name)!.rounds;
  const [first, second, off] = [rounds(withStore[0]), rounds(withStore[1]), rounds(withoutStore)];
  const rate = (runs: LoadResult[], i: number) => runs[i]!.requestsPerSecond;
  const perRound = off.map((_, i) => ratio(Math.sqrt(rate(first, i) * rate(second, i)), rate(off, i)));
  const apart = off.map((_, i) => Math.abs(ratio(rate(first, i), rate(second, i)) - 1));
  return { ratio: median(perRound), perRound, noise: median(apart) };
}
