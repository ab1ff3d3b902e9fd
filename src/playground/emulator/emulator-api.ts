import type { ApiCall, WaitForCallOptions } from './call-log.js';
import type { BotResponse, DeliveryMode } from './delivery.js';
import type { Fault } from './faults.js';
import type { ResponseTarget } from './response-urls.js';
import type { SocketSpread } from './socket-mode-server.js';
import type { SendEventOptions, UserMessageRequest, UserMessageResult } from './user-actions/events.js';
import type { InteractionOptions, InteractionTarget } from './user-actions/interactions.js';
import type { SlashCommandRequest, SlashCommandResult } from './user-actions/slash-command.js';
import type { SubmittedValues, ViewSubmissionResult } from './user-actions/view-submission.js';
import type { WorkspaceChange, WorkspaceState } from './workspace-state.js';

/** How to set up an emulator. */
export interface SlackEmulatorOptions {
  /** The `xoxb-` token the bot will present. */
  botToken: string;
  /** The `xapp-` token for `apps.connections.open` (Socket Mode). */
  appToken?: string;
  /** Secret used to sign what the emulator sends the bot over HTTP. */
  signingSecret: string;
  /** Where the bot listens, e.g. `http://127.0.0.1:3000`; requests go to `<botUrl>/slack/events`. */
  botUrl?: string;
  /** Reach the bot by signed HTTP (default) or through Socket Mode. */
  delivery?: DeliveryMode;
  /** Socket Mode: the newest connection gets every envelope (default), or each in turn. */
  socketSpread?: SocketSpread;
  /** Defaults to 0 (any free port). */
  port?: number;
  /** How long the bot has to ack; Slack gives it 3000 ms. */
  ackTimeoutMs?: number;
  /** How long a trigger id can open a modal; Slack allows 3000 ms. */
  triggerTtlMs?: number;
  /** The legacy verification token put in payloads. */
  verificationToken?: string;
}

/** A fake Slack on loopback: Web API for the bot, user actions for tests and the playground page. */
export interface SlackEmulator {
  /** Web API base URL ending in `/api/`: give it to Bolt as `clientOptions.slackApiUrl`. */
  readonly url: string;
  /** `http://127.0.0.1:PORT`. */
  readonly baseUrl: string;
  readonly deliveryMode: DeliveryMode;
  /** Channels, messages, views; `workspace.subscribe` streams changes. */
  readonly workspace: WorkspaceState;
  /** Push faults here; each is consumed by the next matching Web API call. */
  readonly faults: Fault[];

  start(): Promise<void>;
  /** Closes every connection and socket at once; pending waits fail with EMULATOR_STOPPED. */
  stop(): Promise<void>;
  setBotUrl(url: string): void;
  subscribe(listener: (change: WorkspaceChange) => void): () => void;

  /** Web API calls so far, in order, optionally of one method. */
  calls(method?: string): ApiCall[];
  /** The earliest call of `method` not returned by an earlier wait (now or when it arrives). */
  waitForCall(method: string, options?: WaitForCallOptions): Promise<ApiCall>;

  socketConnectionCount(): number;
  waitForSocketConnection(options?: { timeoutMs?: number }): Promise<void>;
  /** Sends Socket Mode `disconnect` messages, asking clients to reconnect. */
  requestSocketReconnect(reason?: string): void;

  /** A fresh trigger id for `user` (default the human), e.g. to call `views.open` in a test. */
  issueTriggerId(user?: string): string;
  /** A fresh response URL for `target`. */
  issueResponseUrl(target: ResponseTarget): string;

  sendSlashCommand(request: SlashCommandRequest): Promise<SlashCommandResult>;
  sendEvent(event: Record<string, unknown>, options?: SendEventOptions): Promise<BotResponse>;
  sendBlockActions(payload: Record<string, unknown>): Promise<BotResponse>;
  sendViewSubmission(payload: Record<string, unknown>): Promise<BotResponse>;
  postUserMessage(request: UserMessageRequest): Promise<UserMessageResult>;
  openHome(options?: { user?: string; tab?: 'home' | 'messages' }): Promise<BotResponse>;
  /** Clicks a button; undefined when Slack would send nothing. */
  clickButton(
    target: InteractionTarget,
    actionId: string,
    options?: InteractionOptions,
  ): Promise<BotResponse | undefined>;
  /** Picks options (by value) or types text in an element; undefined when Slack would send nothing. */
  chooseOptions(
    target: InteractionTarget,
    actionId: string,
    values: readonly string[],
    options?: InteractionOptions,
  ): Promise<BotResponse | undefined>;
  submitView(
    viewId: string,
    values?: SubmittedValues,
    options?: { user?: string },
  ): Promise<ViewSubmissionResult>;
}
