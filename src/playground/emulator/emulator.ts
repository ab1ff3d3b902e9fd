import type { Server } from 'node:http';
import { CallLog } from './call-log.js';
import type { BotResponse, Delivery, DeliveryMode } from './delivery.js';
import { ElementStates } from './element-state.js';
import type { SlackEmulator, SlackEmulatorOptions } from './emulator-api.js';
import { EmulatorError } from './errors.js';
import type { Fault } from './faults.js';
import { deliverOverHttp } from './http-delivery.js';
import { closeNow, createEmulatorServer, listenOnLoopback } from './http-server.js';
import { ResponseUrls } from './response-urls.js';
import type { EmulatorRuntime } from './runtime.js';
import { SocketModeServer } from './socket-mode-server.js';
import { TriggerRegistry } from './triggers.js';
import { openHome, postUserMessage, sendEvent } from './user-actions/events.js';
import { interact } from './user-actions/interactions.js';
import { sendSlashCommand } from './user-actions/slash-command.js';
import { submitView } from './user-actions/view-submission.js';
import { handleWebApi } from './web-api/web-api-handler.js';
import { HUMAN } from './workspace.js';
import { WorkspaceState } from './workspace-state.js';

/** The (legacy) verification token the emulator puts in payloads unless told otherwise. */
export const EMULATOR_VERIFICATION_TOKEN = 'emulator-verification-token';

/** Creates a Slack emulator; call `start()` before use and `stop()` when done. It does not restart. */
export function createSlackEmulator(options: SlackEmulatorOptions): SlackEmulator {
  return new LocalSlack(options);
}

class LocalSlack implements SlackEmulator {
  readonly workspace = new WorkspaceState();
  readonly faults: Fault[] = [];
  readonly deliveryMode: DeliveryMode;
  private readonly callLog = new CallLog();
  private readonly lifecycle = new AbortController();
  private readonly ackTimeoutMs: number;
  private readonly socket: SocketModeServer;
  private readonly triggers: TriggerRegistry;
  private readonly responseUrls: ResponseUrls;
  private readonly rt: EmulatorRuntime;
  private readonly server: Server;
  private port: number | undefined;
  private botUrl: string | undefined;

  constructor(private readonly options: SlackEmulatorOptions) {
    this.deliveryMode = options.delivery ?? 'http';
    this.ackTimeoutMs = options.ackTimeoutMs ?? 3000;
    this.botUrl = options.botUrl;
    this.socket = new SocketModeServer(this.ackTimeoutMs, options.socketSpread);
    this.triggers = new TriggerRegistry(options.triggerTtlMs ?? 3000);
    this.responseUrls = new ResponseUrls(this.workspace, () => this.baseUrl);
    this.rt = {
      state: this.workspace,
      triggers: this.triggers,
      responseUrls: this.responseUrls,
      elementStates: new ElementStates(),
      verificationToken: options.verificationToken ?? EMULATOR_VERIFICATION_TOKEN,
      deliver: (delivery) => this.deliver(delivery),
    };
    this.server = createEmulatorServer({
      webApi: (req, res, method, query) => handleWebApi(req, res, method, query, this.webApiDeps()),
      responseUrl: (id, raw) => this.responseUrls.post(id, raw),
      upgrade: (req, stream, head) => this.socket.handleUpgrade(req, stream, head),
    });
  }

  get baseUrl(): string {
    if (this.port === undefined) throw new EmulatorError('EMULATOR_NOT_STARTED', 'call start() first');
    return `http://127.0.0.1:${this.port}`;
  }

  get url(): string {
    return `${this.baseUrl}/api/`;
  }

  async start(): Promise<void> {
    this.port = await listenOnLoopback(this.server, this.options.port ?? 0);
  }

  async stop(): Promise<void> {
    this.lifecycle.abort();
    this.callLog.rejectAll();
    await this.socket.close();
    await closeNow(this.server);
  }

  setBotUrl = (url: string): void => {
    this.botUrl = url;
  };
  subscribe: SlackEmulator['subscribe'] = (listener) => this.workspace.subscribe(listener);
  calls: SlackEmulator['calls'] = (method) => this.callLog.all(method);
  waitForCall: SlackEmulator['waitForCall'] = (method, options) => this.callLog.waitFor(method, options);
  socketConnectionCount = (): number => this.socket.connectionCount();
  waitForSocketConnection: SlackEmulator['waitForSocketConnection'] = (options) =>
    this.socket.waitForConnection(options?.timeoutMs);
  requestSocketReconnect = (reason?: string): void => this.socket.requestReconnect(reason);
  issueTriggerId = (user: string = HUMAN.id): string => this.triggers.mint(user);
  issueResponseUrl: SlackEmulator['issueResponseUrl'] = (target) => this.responseUrls.mint(target);

  sendSlashCommand: SlackEmulator['sendSlashCommand'] = (request) => sendSlashCommand(this.rt, request);
  sendEvent: SlackEmulator['sendEvent'] = (event, options) => sendEvent(this.rt, event, options);
  sendBlockActions: SlackEmulator['sendBlockActions'] = (payload) =>
    this.deliver({ kind: 'interactive', payload });
  sendViewSubmission: SlackEmulator['sendViewSubmission'] = (payload) =>
    this.deliver({ kind: 'interactive', payload });
  postUserMessage: SlackEmulator['postUserMessage'] = (request) => postUserMessage(this.rt, request);
  openHome: SlackEmulator['openHome'] = (options) => openHome(this.rt, options);
  clickButton: SlackEmulator['clickButton'] = (target, actionId, options) =>
    interact(this.rt, target, actionId, undefined, options);
  chooseOptions: SlackEmulator['chooseOptions'] = (target, actionId, values, options) =>
    interact(this.rt, target, actionId, values, options);
  submitView: SlackEmulator['submitView'] = (viewId, values, options) =>
    submitView(this.rt, viewId, values, options);

  private deliver(delivery: Delivery): Promise<BotResponse> {
    if (this.deliveryMode === 'socket') return this.socket.deliver(delivery);
    return deliverOverHttp(delivery, {
      botUrl: () => this.botUrl,
      signingSecret: this.options.signingSecret,
      ackTimeoutMs: this.ackTimeoutMs,
      signal: this.lifecycle.signal,
    });
  }

  private webApiDeps() {
    return {
      botToken: this.options.botToken,
      ...(this.options.appToken ? { appToken: this.options.appToken } : {}),
      calls: this.callLog,
      faults: this.faults,
      signal: this.lifecycle.signal,
      context: {
        state: this.workspace,
        triggers: this.triggers,
        socketUrl: () => this.socket.mintUrl(this.baseUrl),
      },
    };
  }
}
