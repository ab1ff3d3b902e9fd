/** The codes a Slack adapter error carries. */
export type SlackAdapterErrorCode = 'UNKNOWN_SECTION' | 'MALFORMED_BUTTON_VALUE';

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
