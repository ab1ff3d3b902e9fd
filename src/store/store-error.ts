/** The store cannot start: names the variable to fix, for a one-line message without a stack trace. */
export class StoreStartError extends Error {
  readonly code = 'STORE_START_FAILED';
  override readonly name = 'StoreStartError';

  constructor(
    /** The environment variable at fault: CERTPATH_DATA_DIR or DATABASE_URL. */
    readonly variable: string,
    readonly reason: string,
    cause?: unknown,
  ) {
    super(`${variable}: ${reason}`, cause === undefined ? undefined : { cause });
  }
}

/** `ECONNREFUSED`, `28P01`…: the short code of a driver error, for messages without stack traces. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errors } = error as { code?: unknown; errors?: unknown };
  if (typeof code === 'string') return code;
  // Node reports a refused dual-stack connection as an AggregateError of one error per address.
  if (Array.isArray(errors)) return errors.map(errorCodeOf).find((inner) => inner !== undefined);
  return undefined;
}

/** A short description of a driver error: its message, else its code. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCodeOf(error);
  if (message.trim() !== '') return code && !message.includes(code) ? `${message} (${code})` : message;
  return code ?? 'unknown error';
}
