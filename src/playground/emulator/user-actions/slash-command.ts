import { type BlockKitProblem, validateMessage } from '../../../core/block-kit/index.js';
import type { BotResponse } from '../delivery.js';
import { isRecord } from '../payloads/block-walk.js';
import { buildSlashCommand } from '../payloads/slash-command.js';
import { type EmulatorRuntime, requireChannel, requireUser } from '../runtime.js';
import { BOT, type Channel } from '../workspace.js';
import type { StoredMessage } from '../workspace-state.js';

/** A slash command to type. */
export interface SlashCommandRequest {
  /** With or without the leading slash: "/certpath" or "certpath". */
  command: string;
  text?: string;
  /** Defaults to #general. Commands work in any channel, member or not. */
  channel?: string;
  /** Defaults to the human, U0HUMAN. */
  user?: string;
}

/** The bot's ack, plus what Slack did with a message in it. */
export interface SlashCommandResult extends BotResponse {
  /** The message shown because the ack carried one (ephemeral unless `response_type: in_channel`). */
  ackMessage?: StoredMessage;
  /** Why a message in the ack was refused (Slack would show the user an error instead). */
  ackProblems?: BlockKitProblem[];
  responseUrl: string;
  triggerId: string;
}

interface AckContent {
  text: string;
  blocks?: unknown[];
  inChannel: boolean;
}

/** The message an ack carries: a bare string, or an object with text or blocks. */
function ackContent(body: unknown): AckContent | undefined {
  if (typeof body === 'string') return body.trim() === '' ? undefined : { text: body, inChannel: false };
  if (!isRecord(body) || (body.text === undefined && body.blocks === undefined)) return undefined;
  const text = typeof body.text === 'string' ? body.text : '';
  const blocks = Array.isArray(body.blocks) ? body.blocks : undefined;
  return { text, ...(blocks ? { blocks } : {}), inChannel: body.response_type === 'in_channel' };
}

function showAck(rt: EmulatorRuntime, channel: Channel, userId: string, content: AckContent) {
  const { text, blocks } = content;
  const problems = validateMessage({ text, ...(blocks ? { blocks } : {}) });
  if (problems.length > 0) return { ackProblems: problems };
  const message = rt.state.addMessage({
    channel: channel.id,
    user: BOT.userId,
    botId: BOT.botId,
    text,
    ...(blocks ? { blocks } : {}),
    ...(content.inChannel ? {} : { ephemeralTo: userId }),
  });
  return { ackMessage: message };
}

/**
 * Types a slash command: delivers Slack's payload (with a fresh response URL and trigger id)
 * and, as Slack does, shows a message the ack carries.
 */
export async function sendSlashCommand(
  rt: EmulatorRuntime,
  request: SlashCommandRequest,
): Promise<SlashCommandResult> {
  const channel = requireChannel(rt.state, request.channel ?? 'C0GENERAL');
  const user = requireUser(request.user);
  const responseUrl = rt.responseUrls.mint({ channel: channel.id, user: user.id });
  const triggerId = rt.triggers.mint(user.id);
  const payload = buildSlashCommand({
    command: request.command,
    text: request.text ?? '',
    channel,
    user,
    responseUrl,
    triggerId,
    verificationToken: rt.verificationToken,
  });
  const response = await rt.deliver({ kind: 'slash_commands', payload });
  const content = response.status === 200 ? ackContent(response.body) : undefined;
  const shown = content ? showAck(rt, channel, user.id, content) : {};
  return { ...response, ...shown, responseUrl, triggerId };
}
