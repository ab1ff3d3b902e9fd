/** The three kinds of thing Slack sends an app, named as Socket Mode names them. */
export type DeliveryKind = 'slash_commands' | 'events_api' | 'interactive';

/** How the emulator reaches the bot: signed HTTP requests, or Socket Mode envelopes. */
export type DeliveryMode = 'http' | 'socket';

/** One thing to send the bot. */
export interface Delivery {
  kind: DeliveryKind;
  /** The slash command fields, the `event_callback` envelope, or the interaction payload. */
  payload: Record<string, unknown>;
  /** For a redelivered event: which attempt this is (Slack's `X-Slack-Retry-Num`). */
  retryNum?: number;
  retryReason?: string;
}

/** What the bot answered: the HTTP status (200 for a Socket Mode ack) and the parsed ack body. */
export interface BotResponse {
  status: number;
  /** JSON object, raw text, or undefined for an empty ack. */
  body: unknown;
}

/** Sends a delivery to the bot and resolves with its acknowledgement. */
export type Deliver = (delivery: Delivery) => Promise<BotResponse>;

/** Whether Slack would accept a response payload in the ack (Socket Mode's `accepts_response_payload`). */
export function acceptsResponsePayload(delivery: Delivery): boolean {
  if (delivery.kind === 'slash_commands') return true;
  if (delivery.kind === 'events_api') return false;
  return delivery.payload.type === 'view_submission' || delivery.payload.type === 'block_suggestion';
}

/** The body and content type Slack uses for each kind over HTTP. */
export function encodeForHttp(delivery: Delivery): { body: string; contentType: string } {
  if (delivery.kind === 'events_api') {
    return { body: JSON.stringify(delivery.payload), contentType: 'application/json' };
  }
  const form =
    delivery.kind === 'interactive'
      ? new URLSearchParams({ payload: JSON.stringify(delivery.payload) })
      : new URLSearchParams(
          Object.entries(delivery.payload).map(([k, v]): [string, string] => [k, String(v)]),
        );
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}
