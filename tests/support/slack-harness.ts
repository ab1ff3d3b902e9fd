import { resolve } from 'node:path';
import { readConfig, type SlackConfig } from '../../src/config.js';
import { type Answerer, createAnswerer } from '../../src/core/answer/answerer.js';
import { loadContent } from '../../src/core/content/load-content.js';
import {
  type BotResponse,
  createSlackEmulator,
  EMULATOR_VERIFICATION_TOKEN,
  type InteractionTarget,
  type MessageQuery,
  type SendEventOptions,
  type SlackEmulator,
  type SlashCommandResult,
  type StoredMessage,
  type SubmittedValues,
  type UserMessageResult,
  type ViewSubmissionResult,
} from '../../src/playground/emulator/index.js';
import { messageBlockActions } from '../../src/playground/emulator/payloads/interactions.js';
import { BOT, CHANNELS, HUMAN } from '../../src/playground/emulator/workspace.js';
import { createSlackApp } from '../../src/slack/create-app.js';
import { createMemoryDedupStore, type DedupStore } from '../../src/slack/dedup-store.js';
import { InFlight } from '../../src/slack/in-flight.js';
import { createLogger } from '../../src/slack/logger.js';
import { type RunningApp, startSlackApp } from '../../src/slack/start-app.js';
import type { WebApiPolicy } from '../../src/slack/web-api-policy.js';
import type { Learning } from '../../src/store/learning.js';
import { frozenAnswerer } from './frozen-answerer.js';

/** Tokens and secret of the test workspace. Shaped like real ones, so the redaction tests mean something. */
export const BOT_TOKEN = 'xoxb-1111-2222-harnessbottoken';
export const APP_TOKEN = 'xapp-1-A0CERTPATH-3333-harnessapptoken';
export const SIGNING_SECRET = '8f14e45fceea167a5a36dedd4bea2543';

/** The real guides, loaded once for every Slack test. */
export const GUIDES = loadContent(resolve(import.meta.dirname, '../../content'));

export interface HarnessOptions {
  delivery?: 'http' | 'socket';
  /** Extra environment, e.g. `{ CERTPATH_LISTEN: 'off' }`. */
  env?: Record<string, string>;
  /** Stands in for the real answerer, e.g. one that fails. */
  answerer?: (real: Answerer) => Answerer;
  /** Stands in for the in-memory dedup store. */
  dedup?: DedupStore;
  /** Web API timeouts and retries, shortened so fault tests stay quick. */
  webApi?: WebApiPolicy;
  /** HTTP mode: how long a client may take to send a request, shortened for the slow-body tests. */
  requestTimeoutMs?: number;
  /** Keeps feedback and unanswered questions, and teaches the answerer (issue 14). */
  learning?: Learning;
}

/**
 * The real Bolt app, configured through readConfig like production, talking to the Slack
 * emulator on loopback: over signed HTTP (default) or Socket Mode. Every user action goes
 * through here so that `settle()` knows how many deliveries to wait for.
 */
export class SlackHarness {
  private delivered = 0;

  private constructor(
    readonly emulator: SlackEmulator,
    readonly config: SlackConfig,
    /** Every line the bot logged, already redacted. */
    readonly logs: string[],
    private readonly inFlight: InFlight,
    private readonly running: RunningApp,
  ) {}

  static async start({
    delivery = 'http',
    env = {},
    answerer,
    dedup,
    webApi,
    requestTimeoutMs,
    learning,
  }: HarnessOptions = {}): Promise<SlackHarness> {
    const emulator = createSlackEmulator({
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      signingSecret: SIGNING_SECRET,
      delivery,
    });
    await emulator.start();
    const credentials =
      delivery === 'http' ? { SLACK_SIGNING_SECRET: SIGNING_SECRET } : { SLACK_APP_TOKEN: APP_TOKEN };
    const config = readConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      ...credentials,
      SLACK_API_URL: emulator.url,
      ...env,
    });
    if (config.mode === 'playground') throw new Error('the harness needs a Slack mode');
    const logs: string[] = [];
    const logger = createLogger({
      level: config.logLevel,
      secrets: [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET],
      sink: (_, line) => logs.push(line),
    });
    const learned = learning ? { learned: learning.phrasebook } : {};
    const real = frozenAnswerer(createAnswerer(GUIDES, { command: config.command, ...learned }));
    const inFlight = new InFlight();
    const deps = {
      config,
      answerer: answerer ? answerer(real) : real,
      logger,
      dedup: dedup ?? createMemoryDedupStore(),
      inFlight,
      ...(webApi ? { webApi } : {}),
      ...(learning ? { learning } : {}),
    };
    const running = await startSlackApp(createSlackApp(deps), config, {
      inFlight,
      host: '127.0.0.1',
      port: 0,
      ...(requestTimeoutMs ? { requestTimeoutMs } : {}),
    });
    if (delivery === 'http') emulator.setBotUrl(running.url);
    else await emulator.waitForSocketConnection();
    return new SlackHarness(emulator, config, logs, inFlight, running);
  }

  /** HTTP mode: the bot's `/slack/events` URL. */
  get eventsUrl(): string {
    return this.running.url;
  }

  /** HTTP mode: the bot's base URL (`http://127.0.0.1:PORT`). */
  get baseUrl(): string {
    return this.running.url.replace(/\/slack\/events$/, '');
  }

  /** Resolves once the bot has finished with every delivery it acknowledged so far. */
  async settle(timeoutMs = 5000): Promise<void> {
    const expected = this.delivered;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new Error(
            `the bot handled ${this.inFlight.settled} of ${expected} deliveries within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
    });
    try {
      await Promise.race([this.inFlight.settledAtLeast(expected), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** How many deliveries the bot has handled to the end. */
  get handled(): number {
    return this.inFlight.settled;
  }

  async command(
    text: string,
    options: { channel?: string; user?: string } = {},
  ): Promise<SlashCommandResult> {
    return this.count(
      await this.emulator.sendSlashCommand({ command: this.config.command, text, ...options }),
    );
  }

  /** A person posts in a channel; the emulator delivers `message` and, for a mention, `app_mention`. */
  async say(
    channel: string,
    text: string,
    options: { threadTs?: string; user?: string } = {},
  ): Promise<UserMessageResult> {
    const result = await this.emulator.postUserMessage({ channel, text, ...options });
    for (const response of result.deliveries) this.count(response);
    return result;
  }

  async event(event: Record<string, unknown>, options?: SendEventOptions): Promise<BotResponse> {
    return this.count(await this.emulator.sendEvent(event, options));
  }

  async click(
    target: InteractionTarget,
    actionId: string,
    options?: { user?: string },
  ): Promise<BotResponse | undefined> {
    const response = await this.emulator.clickButton(target, actionId, options);
    return response && this.count(response);
  }

  /** Picks options (by value) in a select, as the user would. */
  async choose(
    target: InteractionTarget,
    actionId: string,
    values: readonly string[],
    options?: { user?: string },
  ): Promise<BotResponse | undefined> {
    const response = await this.emulator.chooseOptions(target, actionId, values, options);
    return response && this.count(response);
  }

  /** A block_actions payload built by hand, for values no rendered button carries. */
  async blockActions(payload: Record<string, unknown>): Promise<BotResponse> {
    return this.count(await this.emulator.sendBlockActions(payload));
  }

  /**
   * A click, as Slack would deliver it, on a button of a private message in #general, the message
   * stored or not (a click delivered again, a stale message); built like the emulator's own clicks.
   */
  privateButtonClick(button: {
    ts: string;
    actionId: string;
    value: string;
    blockId?: string;
  }): Record<string, unknown> {
    const channel = CHANNELS.find((candidate) => candidate.id === 'C0GENERAL')!;
    return messageBlockActions({
      user: HUMAN,
      channel,
      message: {
        channel: channel.id,
        ts: button.ts,
        user: BOT.userId,
        text: '',
        ephemeralTo: HUMAN.id,
        deleted: false,
      },
      actions: [
        {
          type: 'button',
          action_id: button.actionId,
          block_id: button.blockId ?? 'b',
          value: button.value,
          action_ts: '1',
        },
      ],
      state: {},
      responseUrl: this.emulator.issueResponseUrl({ channel: channel.id, user: HUMAN.id }),
      triggerId: this.emulator.issueTriggerId(),
      verificationToken: EMULATOR_VERIFICATION_TOKEN,
    });
  }

  async openHome(tab: 'home' | 'messages' = 'home'): Promise<BotResponse> {
    return this.count(await this.emulator.openHome({ tab }));
  }

  /** Submits an open modal, with values by action id (option values, or typed text). */
  async submit(viewId: string, values?: SubmittedValues): Promise<ViewSubmissionResult> {
    return this.count(await this.emulator.submitView(viewId, values));
  }

  /** Messages in the workspace (ephemeral ones included), in posting order. */
  messages(query: MessageQuery = {}): StoredMessage[] {
    return this.emulator.workspace.messages(query);
  }

  /** The Web API calls the bot made, leaving out the start-up ones (`auth.test`, `apps.connections.open`). */
  replies(): string[] {
    return repliesAfterStartup(this.emulator);
  }

  async stop(): Promise<void> {
    await this.running.stop();
    await this.emulator.stop();
  }

  private count<T extends BotResponse>(response: T): T {
    if (response.status === 200) this.delivered += 1;
    return response;
  }
}

const STARTUP_CALLS = new Set(['auth.test', 'apps.connections.open']);

/** The Web API methods the bot called on `emulator`, in order, leaving out the start-up ones. */
export function repliesAfterStartup(emulator: SlackEmulator): string[] {
  return emulator
    .calls()
    .map((call) => call.method)
    .filter((method) => !STARTUP_CALLS.has(method));
}
