import { readConfig, type SlackConfig } from '../../src/config.js';
import { createAnswerer } from '../../src/core/answer/answerer.js';
import {
  type BotResponse,
  createSlackEmulator,
  type SendEventOptions,
  type SlackEmulator,
  type SlashCommandResult,
} from '../../src/playground/emulator/index.js';
import { createSlackApp } from '../../src/slack/create-app.js';
import type { DedupStore } from '../../src/slack/dedup-store.js';
import { InFlight } from '../../src/slack/in-flight.js';
import { createLogger } from '../../src/slack/logger.js';
import { type RunningApp, startSlackApp } from '../../src/slack/start-app.js';
import type { ThreadMemory } from '../../src/slack/thread-memory.js';
import type { Learning } from '../../src/store/learning.js';
import { LoadBalancer, type Route } from './load-balancer.js';
import { APP_TOKEN, BOT_TOKEN, GUIDES, repliesAfterStartup, SIGNING_SECRET } from './slack-harness.js';

/** What one instance keeps its claims in: its own connection to the shared database, in the tests. */
export interface InstanceStores {
  dedup: DedupStore;
  threads: ThreadMemory;
  /** Feedback, unanswered questions and lessons, when the test needs them. */
  learning?: Learning;
  close?: () => Promise<void>;
}

/** One bot instance: the real Bolt app with its own stores, logs and delivery counter. */
export interface Instance {
  config: SlackConfig;
  logs: string[];
  inFlight: InFlight;
  running: RunningApp;
  stores: InstanceStores;
}

export interface InstancesOptions {
  count?: number;
  delivery?: 'http' | 'socket';
  /** Called once per instance: each gets its own stores, as separate processes would. */
  stores: () => Promise<InstanceStores>;
}

/**
 * Several real bot instances answering one emulated Slack: over HTTP behind a loopback load
 * balancer (round-robin unless a test routes otherwise), or each on its own Socket Mode connection
 * with the emulator spreading envelopes over the connections in turn.
 */
export class SharedInstances {
  private socketAcks = 0;

  private constructor(
    readonly emulator: SlackEmulator,
    readonly instances: Instance[],
    readonly balancer: LoadBalancer | undefined,
  ) {}

  static async start({ count = 2, delivery = 'http', stores }: InstancesOptions): Promise<SharedInstances> {
    const emulator = createSlackEmulator({
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      signingSecret: SIGNING_SECRET,
      delivery,
      socketSpread: 'round-robin',
    });
    await emulator.start();
    const instances: Instance[] = [];
    for (let index = 0; index < count; index += 1) {
      instances.push(await startInstance(emulator, delivery, await stores()));
      if (delivery === 'socket') await waitFor(() => emulator.socketConnectionCount() === index + 1);
    }
    if (delivery === 'socket') return new SharedInstances(emulator, instances, undefined);
    const balancer = new LoadBalancer(instances.map((instance) => instance.running.url));
    emulator.setBotUrl(await balancer.start());
    return new SharedInstances(emulator, instances, balancer);
  }

  /** HTTP: where the load balancer sends the next requests. */
  route(route: Route): void {
    if (!this.balancer) throw new Error('routing is for HTTP instances');
    this.balancer.route = route;
  }

  async event(event: Record<string, unknown>, options?: SendEventOptions): Promise<BotResponse> {
    return this.count(await this.emulator.sendEvent(event, options));
  }

  async click(messageTs: string, actionId: string): Promise<BotResponse | undefined> {
    const response = await this.emulator.clickButton(messageTs, actionId);
    return response && this.count(response);
  }

  async command(text: string): Promise<SlashCommandResult> {
    return this.count(await this.emulator.sendSlashCommand({ command: '/certpath', text }));
  }

  /** Resolves once the instances have handled, together, every delivery acknowledged so far. */
  async settle(timeoutMs = 10_000): Promise<void> {
    const expected = this.balancer ? this.balancer.acked : this.socketAcks;
    await waitFor(
      () => this.handled() >= expected,
      timeoutMs,
      () => `${this.handled()} of ${expected} handled`,
    );
  }

  /** Deliveries handled to the end, per instance. */
  handledBy(): number[] {
    return this.instances.map((instance) => instance.inFlight.settled);
  }

  /** The Web API calls made after start-up, in order. */
  replies(): string[] {
    return repliesAfterStartup(this.emulator);
  }

  async stop(): Promise<void> {
    for (const instance of this.instances) await instance.running.stop().catch(() => {});
    await this.balancer?.stop();
    await this.emulator.stop();
    for (const instance of this.instances) await instance.stores.close?.();
  }

  private handled(): number {
    return this.handledBy().reduce((sum, count) => sum + count, 0);
  }

  private count<T extends BotResponse>(response: T): T {
    if (!this.balancer && response.status === 200) this.socketAcks += 1;
    return response;
  }
}

async function startInstance(
  emulator: SlackEmulator,
  delivery: 'http' | 'socket',
  stores: InstanceStores,
): Promise<Instance> {
  const credentials =
    delivery === 'http' ? { SLACK_SIGNING_SECRET: SIGNING_SECRET } : { SLACK_APP_TOKEN: APP_TOKEN };
  const config = readConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, ...credentials, SLACK_API_URL: emulator.url });
  if (config.mode === 'playground') throw new Error('an instance needs a Slack mode');
  const logs: string[] = [];
  const logger = createLogger({ level: 'info', sink: (_, line) => logs.push(line) });
  const inFlight = new InFlight();
  const { dedup, threads, learning } = stores;
  const answerer = createAnswerer(GUIDES, {
    command: config.command,
    ...(learning ? { learned: learning.phrasebook } : {}),
  });
  const app = createSlackApp({
    config,
    answerer,
    logger,
    dedup,
    threads,
    inFlight,
    ...(learning ? { learning } : {}),
  });
  const running = await startSlackApp(app, config, { inFlight, host: '127.0.0.1', port: 0 });
  return { config, logs, inFlight, running, stores };
}

/** Polls `done` every few milliseconds until it holds, or fails after `timeoutMs`. */
export async function waitFor(done: () => boolean, timeoutMs = 5000, describe = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
