import { describe, expect, it } from 'vitest';
import { signSlackRequest } from '../../src/playground/emulator/index.js';
import { readSignatureHeaders, signatureMatches } from '../../src/slack/request-signature.js';

const SECRET = 'a-signing-secret';
const NOW = 1_700_000_000;
const BODY = '{"type":"event_callback"}';
const SIGNATURE = signSlackRequest(SECRET, BODY, NOW);

const read = (timestamp: string | undefined, signature: string | undefined) =>
  readSignatureHeaders(
    {
      ...(timestamp === undefined ? {} : { 'x-slack-request-timestamp': timestamp }),
      ...(signature === undefined ? {} : { 'x-slack-signature': signature }),
    },
    NOW,
  );

describe('readSignatureHeaders', () => {
  it('reads a well-formed pair', () => {
    const headers = read(String(NOW), SIGNATURE);
    expect(headers.problem).toBeUndefined();
    expect(headers).toMatchObject({ timestamp: NOW });
  });

  it('tells missing headers (maybe an ssl_check) from malformed ones', () => {
    expect(read(undefined, undefined)).toMatchObject({ missing: true });
    expect(read(String(NOW), undefined)).toMatchObject({ missing: false });
  });

  const malformed: [string, string, string][] = [
    ['anything after the hash', String(NOW), `${SIGNATURE}=junk`],
    ['a second signature', String(NOW), `${SIGNATURE},v0=00`],
    ['an upper-case hash', String(NOW), SIGNATURE.toUpperCase()],
    ['a short hash', String(NOW), SIGNATURE.slice(0, -2)],
    ['another version', String(NOW), SIGNATURE.replace('v0=', 'v1=')],
    ['a decimal timestamp', `${NOW}.0`, SIGNATURE],
    ['a hex timestamp', `0x${NOW.toString(16)}`, SIGNATURE],
    ['a padded timestamp', ` ${NOW}`, SIGNATURE],
    ['a timestamp six minutes ahead', String(NOW + 360), SIGNATURE],
    ['a timestamp six minutes old', String(NOW - 360), SIGNATURE],
  ];
  for (const [name, timestamp, signature] of malformed) {
    it(`refuses ${name}`, () => {
      expect(read(timestamp, signature).problem).toEqual(expect.any(String));
    });
  }
});

describe('signatureMatches', () => {
  const digestOf = (signature: string) => Buffer.from(signature.slice(3), 'hex');

  it('accepts the signature of exactly this body, time and secret', () => {
    expect(signatureMatches(SECRET, NOW, Buffer.from(BODY), digestOf(SIGNATURE))).toBe(true);
  });

  it('refuses another body, time or secret', () => {
    expect(signatureMatches(SECRET, NOW, Buffer.from(`${BODY} `), digestOf(SIGNATURE))).toBe(false);
    expect(signatureMatches(SECRET, NOW + 1, Buffer.from(BODY), digestOf(SIGNATURE))).toBe(false);
    expect(signatureMatches('other', NOW, Buffer.from(BODY), digestOf(SIGNATURE))).toBe(false);
  });
});
