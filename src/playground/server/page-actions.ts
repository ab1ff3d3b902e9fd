import type { Logger } from '@slack/bolt';
import { escapeMrkdwn } from '../../core/render/index.js';
import { interpretComposerText } from '../composer.js';
import type { ActionReply } from '../display/display-types.js';
import { SLACKBOT } from '../display/display-workspace.js';
import {
  BOT,
  BotAckTimeoutError,
  type BotResponse,
  EmulatorError,
  HUMAN,
  type SlackEmulator,
  TargetNotFoundError,
} from '../emulator/index.js';
import { PLAYGROUND_WORDS } from '../playground-words.js';
import type { ActionRequest, ComposeRequest, HomeRequest, SubmitRequest } from './page-requests.js';
import { inviteBot, mentionsAbsentBot } from './slack-builtins.js';

/** An action's answer to the page: an HTTP status and the JSON body. */
export interface PageReply {
  status: number;
  body: ActionReply;
}

export interface PageActionDeps {
  emulator: SlackEmulator;
  /** The slash command the bot answers, e.g. `/certpath`. */
  command: string;
  logger: Logger;
  /** Called with every answer the bot gave, so the playground can wait for the work it started. */
  onDelivered: (response: BotResponse) => void;
}

const OK: PageReply = { status: 200, body: { ok: true } };

/** Slack's name for a delivery the bot did not take: a timeout, or no usable answer. */
function slackError(error: unknown): string | undefined {
  if (error instanceof BotAckTimeoutError) return 'operation_timeout';
  if (error instanceof EmulatorError && error.code === 'BOT_UNREACHABLE') return 'dispatch_failed';
  return undefined;
}

/**
 * What the page's user can do, carried out through the emulator exactly as Slack would:
 * type in the composer, click or pick in a message or view, submit or close a modal, open Home.
 */
export class PageActions {
  constructor(private readonly deps: PageActionDeps) {}

  async compose({ channel, text, threadTs }: ComposeRequest): Promise<PageReply> {
    const { emulator, command } = this.deps;
    if (!emulator.workspace.channel(channel))
      return { status: 404, body: { ok: false, error: 'channel_not_found' } };
    const intent = interpretComposerText(text, command);
    if (!intent) return { status: 400, body: { ok: false, error: 'no_text' } };
    if (intent.kind === 'unknown_command') {
      this.slackbotSays(channel, PLAYGROUND_WORDS.unknownCommand(escapeMrkdwn(intent.command)));
      return OK;
    }
    if (intent.kind === 'invite') return this.invite(channel, intent.bot);
    if (intent.kind === 'command') return this.slashCommand(channel, intent.text);
    try {
      const result = await emulator.postUserMessage({
        channel,
        text: intent.text,
        ...(threadTs ? { threadTs } : {}),
      });
      for (const response of result.deliveries) this.delivered(response);
      if (mentionsAbsentBot(emulator.workspace.channel(channel), intent.text))
        this.slackbotSays(channel, PLAYGROUND_WORDS.mentionedNonMember(BOT.name));
    } catch (error) {
      // Slack shows the poster nothing when an app misses an event; the person running the playground should know.
      if (!slackError(error)) throw error;
      this.deps.logger.warn(PLAYGROUND_WORDS.deliveryFailed('message event'), error);
    }
    return OK;
  }

  async act({ messageTs, viewId, actionId, values }: ActionRequest): Promise<PageReply> {
    const { emulator } = this.deps;
    const target = viewId ? { viewId } : { messageTs: messageTs ?? '' };
    return this.attempt(async () => {
      const response = values
        ? await emulator.chooseOptions(target, actionId, values)
        : await emulator.clickButton(target, actionId);
      if (response) this.delivered(response);
      return response && response.status !== 200
        ? { status: 200, body: { ok: false, error: 'dispatch_failed' } }
        : OK;
    });
  }

  async submit(viewId: string, { values }: SubmitRequest): Promise<PageReply> {
    return this.attempt(async () => {
      const result = await this.deps.emulator.submitView(viewId, values);
      this.delivered(result);
      const errors = result.errors ? { errors: result.errors } : {};
      return { status: 200, body: { ok: result.outcome !== 'failed', outcome: result.outcome, ...errors } };
    });
  }

  /** The modal's close button: Slack closes it without telling the app (unless notify_on_close, not emulated). */
  close(viewId: string): PageReply {
    const stored = this.deps.emulator.workspace.views.get(viewId);
    if (stored?.type !== 'modal') return { status: 404, body: { ok: false, error: 'not_found' } };
    if (stored.open) this.deps.emulator.workspace.views.closeView(stored);
    return OK;
  }

  /** The page was (re)loaded: as in a reloaded Slack client, private messages and open modals are gone. */
  startSession(): PageReply {
    this.deps.emulator.workspace.forgetClientState(HUMAN.id);
    return OK;
  }

  /** Opening the app's Home tab, or its Messages tab (the DM): Slack sends app_home_opened for both. */
  async openHome({ tab }: HomeRequest): Promise<PageReply> {
    return this.attempt(async () => {
      this.delivered(await this.deps.emulator.openHome({ user: HUMAN.id, tab }));
      return OK;
    });
  }

  /** Slack's `/invite @certpath`; Slackbot says what came of it. */
  private invite(channelRef: string, namesBot: boolean): PageReply {
    const channel = this.deps.emulator.workspace.channel(channelRef);
    if (!channel) return { status: 404, body: { ok: false, error: 'channel_not_found' } };
    this.slackbotSays(channel.id, inviteBot(this.deps.emulator.workspace, channel, namesBot));
    return OK;
  }

  private async slashCommand(channel: string, text: string): Promise<PageReply> {
    const { emulator, command } = this.deps;
    let failure: string | undefined;
    try {
      const result = await emulator.sendSlashCommand({ command, text, channel });
      this.delivered(result);
      if (result.status !== 200) failure = 'dispatch_failed';
      else if (result.ackProblems) failure = 'invalid_blocks';
    } catch (error) {
      failure = slackError(error);
      if (!failure) throw error;
    }
    if (failure) this.slackbotSays(channel, PLAYGROUND_WORDS.commandFailed(command, failure));
    return OK;
  }

  /** Runs a user action, turning Slack-visible failures into the error the page shows. */
  private async attempt(action: () => Promise<PageReply>): Promise<PageReply> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof TargetNotFoundError)
        return { status: 404, body: { ok: false, error: 'not_found' } };
      const failure = slackError(error);
      if (!failure) throw error;
      return { status: 200, body: { ok: false, error: failure } };
    }
  }

  /** A notice from Slack itself, only the page's user sees it (as Slack shows a failed command). */
  private slackbotSays(channel: string, text: string): void {
    const id = this.deps.emulator.workspace.channel(channel)?.id ?? channel;
    this.deps.emulator.workspace.addMessage({ channel: id, user: SLACKBOT.id, text, ephemeralTo: HUMAN.id });
  }

  private delivered(response: BotResponse): void {
    this.deps.onDelivered(response);
  }
}
