/** The codes a Slack adapter error carries. */
export type SlackAdapterErrorCode =
  | 'UNKNOWN_SECTION'
  | 'MALFORMED_BUTTON_VALUE'
  | 'UNKNOWN_QUIZ'
  | 'CHANNEL_UNREACHABLE';

/** Something the adapter could not do with what Slack sent it. */
export class SlackAdapterError extends Error {
  override readonly name: string = 'SlackAdapterError';

  constructor(
    readonly code: SlackAdapterErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A button names a section the loaded guides do not have (say, from before the content changed). */
export class UnknownSectionError extends SlackAdapterError {
  override readonly name = 'UnknownSectionError';

  constructor(readonly value: string) {
    super('UNKNOWN_SECTION', `no section matches the button value "${value}"`);
  }
}

/** A button value the adapter cannot read. */
export class MalformedButtonValueError extends SlackAdapterError {
  override readonly name = 'MalformedButtonValueError';

  constructor(
    readonly actionId: string,
    readonly value: string,
  ) {
    super('MALFORMED_BUTTON_VALUE', `the ${actionId} button carries an unreadable value "${value}"`);
  }
}

/** A quiz submission whose modal names no loaded guide with a quiz (content changed while it was open). */
export class UnknownQuizError extends SlackAdapterError {
  override readonly name = 'UnknownQuizError';

  constructor(readonly privateMetadata: string) {
    super('UNKNOWN_QUIZ', `the quiz modal names no loaded guide with a quiz: "${privateMetadata}"`);
  }
}

/**
 * Slack will not let the bot post in a channel (`channel_not_found`, `not_in_channel`, archived…).
 * Retrying cannot help, and an apology would go to the same channel, so nobody tries either.
 */
export class ChannelUnreachableError extends SlackAdapterError {
  override readonly name = 'ChannelUnreachableError';

  constructor(
    readonly channel: string,
    readonly slackError: string,
  ) {
    super('CHANNEL_UNREACHABLE', `cannot post in ${channel}: ${slackError}`);
  }
}
