import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderHelp } from '../../../core/render/index.js';
import type { ListenerDeps } from '../deps.js';

/** How a slash command's text is asked: directly, with a button to share the private answer. */
export const SLASH_ASK = { mode: 'direct', shareable: true } as const;

/**
 * `/certpath <question>`, `/certpath topics`, `/certpath help`: the reply goes back inside the
 * ack, as an ephemeral message only the asker sees (with a button to share it).
 */
export function createAskCommand({
  answerer,
  learning,
}: Pick<ListenerDeps, 'answerer' | 'learning'>): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack }) => {
    const reply = answerer.ask(command.text, SLASH_ASK);
    const { guides, command: name, botName } = answerer;
    const { text, blocks } = reply.message ?? renderHelp({ guides, command: name, botName });
    await ack({ response_type: 'ephemeral', text, blocks });
    // After the ack, and only queued: the store is never on the answer's path.
    learning?.asked({
      teamId: command.team_id,
      userId: command.user_id,
      surface: 'slash',
      question: command.text,
      decision: reply.decision,
    });
  };
}
