import { STARTUP_WORDS } from '../startup-messages.js';

/** What Slack was asked at start-up: the bot token (`auth.test`) or, in Socket Mode, the app token. */
export type CheckedToken = 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN';

/**
 * The bot could not start because Slack could not be reached or refused a token: a problem for
 * the person running it to fix, told in one line (no stack trace), exit 1.
 */
export class SlackStartError extends Error {
  override readonly name = 'SlackStartError';
  readonly code: 'SLACK_UNREACHABLE' | 'SLACK_REFUSED_TOKEN';

  constructor(token: CheckedToken, apiUrl: string, cause: unknown) {
    const refused = platformError(cause);
    super(
      refused
        ? STARTUP_WORDS.tokenRefused(token, refused)
        : STARTUP_WORDS.slackUnreachable(token, apiUrl, reasonOf(cause)),
      { cause },
    );
    this.code = refused ? 'SLACK_REFUSED_TOKEN' : 'SLACK_UNREACHABLE';
  }
}

/** Runs a start-up step that talks to Slack; its failure becomes a SlackStartError naming the token. */
export async function checkingToken<T>(
  token: CheckedToken,
  apiUrl: string,
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (platformError(error) || isRequestError(error)) throw new SlackStartError(token, apiUrl, error);
    throw error;
  }
}

/** Slack answered, with an error such as `invalid_auth`. */
function platformError(error: unknown): string | undefined {
  const e = error as { code?: unknown; data?: { error?: unknown } } | undefined;
  return e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string'
    ? e.data.error
    : undefined;
}

/** No answer at all: no network, DNS, a refused connection, a timeout. */
function isRequestError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    code === 'slack_webapi_request_error' ||
    code === 'slack_webapi_http_error' ||
    code === 'slack_socket_mode_websocket_error'
  );
}

/** The innermost cause's words ("connect ECONNREFUSED 127.0.0.1:4321"), which say what went wrong. */
function reasonOf(error: unknown): string {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const next =
      (current as { original?: unknown; cause?: unknown } | undefined)?.original ??
      (current as { cause?: unknown })?.cause;
    if (!(next instanceof Error)) break;
    current = next;
  }
  const code = (current as { code?: unknown }).code;
  const message = current instanceof Error ? current.message : String(current);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}
