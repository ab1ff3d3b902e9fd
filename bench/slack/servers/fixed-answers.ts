import { join } from 'node:path';
import { createAnswerer, loadContent } from '../../matching/built-core.js';
import { ROOT } from '../../paths.js';

/**
 * The floor and the ceiling answer every slash command with the bot's real answer to this question, built
 * once: the same bytes on the wire as the bot sends, so that a ratio measures the bot's own work (matching,
 * rendering, its middleware) and not the size of its reply.
 */
const FIXED_QUESTION = 'which exam is harder?';

const answer = createAnswerer(loadContent(join(ROOT, 'content'))).ask(FIXED_QUESTION, {
  mode: 'direct',
  shareable: true,
}).message!;

/** What the Bolt floor acks every slash command with. */
export const FLOOR_MESSAGE = { response_type: 'ephemeral' as const, ...answer };

/** A string only the fixed answer contains, to check the floor's replies by. */
export const FLOOR_TEXT = answer.text;

/** The bare server's whole answer. */
export const BARE_BODY = JSON.stringify(FLOOR_MESSAGE);
