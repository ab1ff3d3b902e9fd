import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Mints message timestamps the way Slack writes them ("1700000000.000100"): seconds, a dot,
 * six digits, strictly increasing so that every ts names exactly one message.
 */
export class TsClock {
  private lastMicros = 0n;

  constructor(private readonly now: () => number = Date.now) {}

  /** The next ts, never equal to or before the previous one. */
  next(): string {
    const candidate = BigInt(Math.floor(this.now())) * 1000n;
    this.lastMicros = candidate > this.lastMicros ? candidate : this.lastMicros + 1n;
    const seconds = this.lastMicros / 1_000_000n;
    const micros = (this.lastMicros % 1_000_000n).toString().padStart(6, '0');
    return `${seconds}.${micros}`;
  }
}

function digits(count: number): string {
  let out = '';
  for (const byte of randomBytes(count)) out += String(byte % 10);
  return out;
}

function upperAlnum(count: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let out = '';
  for (const byte of randomBytes(count)) out += alphabet[byte % alphabet.length];
  return out;
}

/** A trigger id shaped like Slack's: "1234567890.1234567890.0123456789abcdef". */
export function newTriggerId(): string {
  return `${digits(10)}.${digits(10)}.${randomBytes(16).toString('hex')}`;
}

/** A view id such as "V0AB12CD34". */
export function newViewId(): string {
  return `V0${upperAlnum(9)}`;
}

/** An Events API event id such as "Ev0AB12CD34". */
export function newEventId(): string {
  return `Ev0${upperAlnum(9)}`;
}

/** A Socket Mode envelope id (Slack uses UUIDs). */
export function newEnvelopeId(): string {
  return randomUUID();
}

/** An opaque token for a URL path (response URLs, Socket Mode tickets). */
export function newUrlToken(): string {
  return randomBytes(12).toString('hex');
}
