/** The codes an emulator error can carry. */
export type EmulatorErrorCode =
  | 'EMULATOR_NOT_STARTED'
  | 'EMULATOR_STOPPED'
  | 'EMULATOR_TIMEOUT'
  | 'BOT_URL_MISSING'
  | 'BOT_UNREACHABLE'
  | 'BOT_ACK_TIMEOUT'
  | 'NO_SOCKET_CONNECTION'
  | 'TARGET_NOT_FOUND';

/** Something the emulator could not do for its caller (a test or the playground page). */
export class EmulatorError extends Error {
  override readonly name: string = 'EmulatorError';

  constructor(
    readonly code: EmulatorErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The bot did not acknowledge a delivery in time; Slack would show the user `operation_timeout`. */
export class BotAckTimeoutError extends EmulatorError {
  override readonly name = 'BotAckTimeoutError';

  constructor(
    readonly kind: string,
    readonly timeoutMs: number,
  ) {
    super('BOT_ACK_TIMEOUT', `the bot did not acknowledge the ${kind} delivery within ${timeoutMs} ms`);
  }
}

/** `waitForCall` (or a similar wait) ran out of time. */
export class EmulatorTimeoutError extends EmulatorError {
  override readonly name = 'EmulatorTimeoutError';

  constructor(what: string, timeoutMs: number) {
    super('EMULATOR_TIMEOUT', `timed out after ${timeoutMs} ms waiting for ${what}`);
  }
}

/** A message, view, action or option that a helper was asked to use does not exist. */
export class TargetNotFoundError extends EmulatorError {
  override readonly name = 'TargetNotFoundError';

  constructor(what: string) {
    super('TARGET_NOT_FOUND', `${what} was not found`);
  }
}
