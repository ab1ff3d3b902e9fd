/** The codes a playground error can carry. */
export type PlaygroundErrorCode = 'PORT_IN_USE' | 'BAD_REQUEST' | 'SETTLE_TIMEOUT';

/** Something the playground could not do: start on its port, or read what the page sent. */
export class PlaygroundError extends Error {
  override readonly name = 'PlaygroundError';

  constructor(
    readonly code: PlaygroundErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
