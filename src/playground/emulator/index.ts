/**
 * A local Slack for the bot under test and the playground: Web API, response URLs, Socket
 * Mode, signed deliveries, and a small workspace that a page can watch.
 *
 * Over HTTP, point Bolt's Web API client at the emulator and the emulator at Bolt:
 *
 *     const slack = createSlackEmulator({ botToken, signingSecret });
 *     await slack.start();
 *     const app = new App({ token: botToken, signingSecret, clientOptions: { slackApiUrl: slack.url } });
 *     slack.setBotUrl(`http://127.0.0.1:${port}`);          // Bolt listens at /slack/events
 *     await slack.sendSlashCommand({ command: '/certpath', text: 'difficulty' });
 *
 * Over Socket Mode, create the emulator with `delivery: 'socket'` and an `appToken`, and give
 * Bolt the URL twice, since its Socket Mode client has its own Web API client:
 * `clientOptions: { slackApiUrl }` and `installerOptions: { clientOptions: { slackApiUrl } }`.
 */
export type { ApiCall, WaitForCallOptions } from './call-log.js';
export type { BotResponse, Delivery, DeliveryKind, DeliveryMode } from './delivery.js';
export type { StateValues } from './element-state.js';
export { createSlackEmulator, EMULATOR_VERIFICATION_TOKEN } from './emulator.js';
export type { SlackEmulator, SlackEmulatorOptions } from './emulator-api.js';
export {
  BotAckTimeoutError,
  EmulatorError,
  type EmulatorErrorCode,
  EmulatorTimeoutError,
  TargetNotFoundError,
} from './errors.js';
export type { Fault } from './faults.js';
export { eventsEndpoint } from './http-delivery.js';
export type { ResponseTarget } from './response-urls.js';
export { signSlackRequest, slackSignatureHeaders } from './signing.js';
export type { SendEventOptions, UserMessageRequest, UserMessageResult } from './user-actions/events.js';
export type { InteractionOptions, InteractionTarget } from './user-actions/interactions.js';
export type { SlashCommandRequest, SlashCommandResult } from './user-actions/slash-command.js';
export type {
  SubmissionOutcome,
  SubmittedValues,
  ViewSubmissionResult,
} from './user-actions/view-submission.js';
export type { StoredView } from './view-store.js';
export { APP_ID, BOT, CHANNELS, type Channel, HUMAN, TEAM, type WorkspaceUser } from './workspace.js';
export type { MessageQuery, StoredMessage, WorkspaceChange, WorkspaceState } from './workspace-state.js';
