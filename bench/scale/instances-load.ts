import type { LoadBalancer } from '../../tests/support/load-balancer.js';
import type { SignedRequest } from '../slack/slack-requests.js';
import { type LoadResult, runLoad } from '../slack/slash-load.js';
import { median, ratio } from '../stats.js';

export interface InstancesTarget {
  name: string;
  url: string;
  balancer: LoadBalancer;
}

export interface InstancesResult {
  targets: {
    name: string;
    requestsPerSecond: number;
    p50: number;
    p99: number;
    errors: number;
    requests: number;
  }[];
  /** Median over rounds of two ÷ one requests per second (paired within a round). */
  twoOverOne: number;
  connections: number;
  seconds: number;
  rounds: number;
}

/**
 * The slash command at 50 connections through the same loopback load balancer, in front of one bot
 * process or two sharing PostgreSQL; rounds alternate who goes first, so drift lands on both alike.
 */
export async function compareInstances(
  targets: readonly InstancesTarget[],
  sign: () => SignedRequest[],
  verifyBody: (body: string) => boolean,
  { quick, log }: { quick: boolean; log: (line: string) => void },
): Promise<InstancesResult> {
  const connections = 50;
  const [rounds, seconds, warmup] = quick ? [1, 2, 0.5] : [3, 5, 2];
  const load = (target: InstancesTarget, duration: number) =>
    runLoad({ url: target.url, connections, seconds: duration, requests: sign(), verifyBody });
  for (const target of targets) await load(target, warmup);
  const runs = new Map(targets.map((target) => [target.name, [] as LoadResult[]]));
  for (let round = 0; round < rounds; round += 1) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      const result = await load(target, seconds);
      runs.get(target.name)!.push(result);
      log(
        `${target.name}, round ${round + 1}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99} ms, ${result.errors} errors`,
      );
    }
  }
  const [one, two] = targets.map((target) => runs.get(target.name)!) as [LoadResult[], LoadResult[]];
  return {
    targets: targets.map((target) => {
      const results = runs.get(target.name)!;
      return {
        name: target.name,
        requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
        p50: median(results.map((r) => r.p50)),
        p99: median(results.map((r) => r.p99)),
        errors: results.reduce((sum, r) => sum + r.errors, 0),
        requests: results.reduce((sum, r) => sum + r.requests, 0),
      };
    }),
    twoOverOne: median(two.map((run, index) => ratio(run.requestsPerSecond, one[index]!.requestsPerSecond))),
    connections,
    seconds,
    rounds,
  };
}
