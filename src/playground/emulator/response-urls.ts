import { validateMessage } from '../../core/block-kit/index.js';
import { isTrue, parseJsonObject } from './request-body.js';
import { newUrlToken } from './slack-ids.js';
import { describeProblems } from './web-api/invalid-blocks.js';
import { BOT } from './workspace.js';
import type { StoredMessage, WorkspaceState } from './workspace-state.js';

/** Where a response URL's replies go: the channel, the user who acted, the message they acted on. */
export interface ResponseTarget {
  channel: string;
  user: string;
  /** The message with the button, for `replace_original` / `delete_original`. */
  messageTs?: string;
  threadTs?: string;
}

/** The emulator's answer to a POST on a response URL. */
export interface ResponseUrlReply {
  status: number;
  body: Record<string, unknown>;
}

/** Slack lets an app use a response URL five times. */
const MAX_USES = 5;

/**
 * The `response_url`s handed out with slash commands and interactions, and what posting to
 * one does: post ephemerally (default) or in channel, replace or delete the original.
 */
export class ResponseUrls {
  private readonly targets = new Map<string, ResponseTarget & { uses: number }>();

  constructor(
    private readonly state: WorkspaceState,
    private readonly baseUrl: () => string,
  ) {}

  /** A new response URL for replies to `target`. */
  mint(target: ResponseTarget): string {
    const id = newUrlToken();
    this.targets.set(id, { ...target, uses: 0 });
    return `${this.baseUrl()}/response/${id}`;
  }

  /** Handles a POST of `raw` (JSON) to the response URL with this id. */
  post(id: string, raw: string): ResponseUrlReply {
    const target = this.targets.get(id);
    if (!target) return { status: 404, body: { ok: false, error: 'expired_url' } };
    if (target.uses >= MAX_USES) return { status: 404, body: { ok: false, error: 'used_url' } };
    const body = parseJsonObject(raw);
    if (!body) return { status: 400, body: { ok: false, error: 'invalid_payload' } };
    target.uses += 1;
    const original = target.messageTs ? this.state.message(target.messageTs, target.channel) : undefined;
    if (isTrue(body.delete_original)) {
      if (!original || original.deleted)
        return { status: 404, body: { ok: false, error: 'message_not_found' } };
      this.state.deleteMessage(original);
      return { status: 200, body: { ok: true } };
    }
    return this.write(target, body, original);
  }

  private write(
    target: ResponseTarget,
    body: Record<string, unknown>,
    original: StoredMessage | undefined,
  ): ResponseUrlReply {
    const text = typeof body.text === 'string' ? body.text : '';
    const blocks = Array.isArray(body.blocks) ? body.blocks : undefined;
    const problems = validateMessage({ text, ...(blocks ? { blocks } : {}) });
    if (problems.length > 0) {
      return {
        status: 400,
        body: { ok: false, error: 'invalid_blocks', errors: describeProblems(problems, ''), problems },
      };
    }
    const content = blocks ? { text, blocks } : { text };
    const replace = isTrue(body.replace_original);
    if (replace && original && !original.deleted) {
      this.state.editMessage(original, content, BOT.userId);
      return { status: 200, body: { ok: true } };
    }
    const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : target.threadTs;
    this.state.addMessage({
      channel: target.channel,
      user: BOT.userId,
      botId: BOT.botId,
      ...content,
      ...(threadTs ? { threadTs } : {}),
      // Slack's default for a response URL is a message only the actor sees.
      ...(body.response_type === 'in_channel' ? {} : { ephemeralTo: target.user }),
    });
    return { status: 200, body: { ok: true } };
  }
}
