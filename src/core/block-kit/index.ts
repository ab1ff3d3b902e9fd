/** Block Kit validation: what Slack would reject, checked before anything is sent. */
export { BLOCK_KIT_LIMITS } from './limits.js';
export { findBroadcastMention, isBroadcastMention } from './mentions.js';
export { type MessageContent, validateMessage } from './message.js';
export type { BlockKitProblem } from './problems.js';
export { validateView } from './views.js';
