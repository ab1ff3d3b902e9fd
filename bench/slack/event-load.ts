import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { type LatencySummary, summarize } from '../stats.js';
import type { FakeWebApi } from './fake-web-api.js';
import { postSigned } from './post-signed.js';
import { appMentionRequest } from './slack-requests.js';

/** `app_mention` → `chat.postMessage`: how many per second, and how long until the post arrives. */
export interface EventResult {
  eventsPerSecond: number;
  /** Event sent → its post at the fake Web API. */
  latency: LatencySummary;
  /** Not acked with 200, no post within the timeout, or an apology (chat.postEphemeral) instead. */
  errors: number;
  events: number;
}

export interface EventLoadOptions {
  /** Mentions in flight at once; each sender waits for its post before the next. */
  concurrency: number;
  seconds: number;
  timeoutMs?: number;
}

/** Every event gets a message ts of its own: the bot dedupes by ts and by event id, and answers in the ts's thread. */
let sequence = 0;
const nextTs = () => {
  sequence += 1;
  return `${1_700_000_000 + Math.floor(sequence / 1e6)}.${String(sequence % 1e6).padStart(6, '0')}`;
};

/** Closed-loop load: `concurrency` senders, each mentioning the bot and waiting for its answer. */
export async function runEventLoad(
  baseUrl: string,
  api: FakeWebApi,
  questions: readonly string[],
  options: EventLoadOptions,
): Promise<EventResult> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const waiting = new Map<string, (at: number) => void>();
  const unsubscribe = api.onPost((post) => post.threadTs && waiting.get(post.threadTs)?.(post.at));
  const apologiesBefore = api.counts()['chat.postEphemeral'] ?? 0;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const sender = async () => {
    while (performance.now() < deadline) {
      const ts = nextTs();
      const arrived = new Promise<number | undefined>((resolve) => {
        const timer = setTimeout(() => resolve(undefined), timeoutMs);
        waiting.set(ts, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
      const sentAt = performance.now();
      const { status } = await postSigned(
        baseUrl,
        appMentionRequest(questions[sequence % questions.length]!, ts, `EvBENCH${sequence}`),
        agent,
      );
      const at = await arrived;
      waiting.delete(ts);
      if (status !== 200 || at === undefined) errors += 1;
      else latencies.push(at - sentAt);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, sender));
  const elapsed = performance.now() - started;
  unsubscribe();
  agent.destroy();
  errors += (api.counts()['chat.postEphemeral'] ?? 0) - apologiesBefore;
  return {
    eventsPerSecond: (latencies.length / elapsed) * 1000,
    latency: summarize(latencies),
    errors,
    events: latencies.length + errors,
  };
}
