import { type BotResponse, type Delivery, encodeForHttp } from './delivery.js';
import { BotAckTimeoutError, EmulatorError } from './errors.js';
import { slackSignatureHeaders } from './signing.js';

/** What HTTP delivery needs: where the bot listens, the secret to sign with, how long to wait. */
export interface HttpDeliveryOptions {
  botUrl: () => string | undefined;
  signingSecret: string;
  ackTimeoutMs: number;
  /** Aborted when the emulator stops. */
  signal: AbortSignal;
}

/** The bot's Events endpoint: `<botUrl>/slack/events`, unless botUrl already names it. */
export function eventsEndpoint(botUrl: string): string {
  const trimmed = botUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/slack/events') ? trimmed : `${trimmed}/slack/events`;
}

function parseAck(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * POSTs a delivery to the bot exactly as Slack does: form or JSON body, signed with
 * `X-Slack-Signature`, retry headers on redeliveries; resolves with the bot's answer.
 */
export async function deliverOverHttp(
  delivery: Delivery,
  options: HttpDeliveryOptions,
): Promise<BotResponse> {
  const botUrl = options.botUrl();
  if (!botUrl)
    throw new EmulatorError('BOT_URL_MISSING', 'no botUrl: pass one to createSlackEmulator or setBotUrl');
  const { body, contentType } = encodeForHttp(delivery);
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    ...slackSignatureHeaders(options.signingSecret, body),
  };
  if (delivery.retryNum !== undefined) {
    headers['X-Slack-Retry-Num'] = String(delivery.retryNum);
    headers['X-Slack-Retry-Reason'] = delivery.retryReason ?? 'http_timeout';
  }
  const timeout = AbortSignal.timeout(options.ackTimeoutMs);
  try {
    const signal = AbortSignal.any([options.signal, timeout]);
    const response = await fetch(eventsEndpoint(botUrl), { method: 'POST', headers, body, signal });
    return { status: response.status, body: parseAck(await response.text()) };
  } catch (error) {
    if (options.signal.aborted)
      throw new EmulatorError('EMULATOR_STOPPED', 'the emulator stopped', { cause: error });
    if (timeout.aborted) throw new BotAckTimeoutError(delivery.kind, options.ackTimeoutMs);
    throw new EmulatorError('BOT_UNREACHABLE', `could not reach the bot at ${botUrl}`, { cause: error });
  }
}
