import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderHelp } from '../../../core/render/index.js';
import type { ListenerDeps } from '../deps.js';

/**
 * `/certpath <question>`, `/certpath topics`, `/certpath help`: the reply goes back inside the
 * ack, as an ephemeral message only the asker sees (with a button to share it).
 */
export function createAskCommand({
  answerer,
}: Pick<ListenerDeps, 'answerer'>): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack }) => {
    const reply = answerer.ask(command.text, { mode: 'direct', shareable: true });
    const { guides, command: name, botName } = answerer;
    const { text, blocks } = reply.message ?? renderHelp({ guides, command: name, botName });
    await ack({ response_type: 'ephemeral', text, blocks });
  };
}
