import { describe, expect, it } from 'vitest';
import { isPureSslCheck } from '../../src/slack/ssl-check.js';

describe('isPureSslCheck', () => {
  it("recognizes Slack's ssl_check, with or without its token", () => {
    expect(isPureSslCheck('ssl_check=1&token=abc')).toBe(true);
    expect(isPureSslCheck('token=abc&ssl_check=1')).toBe(true);
    expect(isPureSslCheck('ssl_check=1')).toBe(true);
  });

  it('sees an encoded ssl_check key for what it is', () => {
    expect(isPureSslCheck('ssl%5Fcheck=1')).toBe(true);
  });

  const impure: [string, string][] = [
    ['a payload', 'ssl_check=1&payload=%7B%7D'],
    ['a payload first', 'payload=%7B%7D&ssl_check=1'],
    ['an encoded payload key', 'ssl_check=1&p%61yload=%7B%7D'],
    ['a slash command', 'ssl_check=1&command=%2Fcertpath&text=hi'],
    ['ssl_check twice', 'ssl_check=1&ssl_check=0'],
    ['ssl_check twice, both 1', 'ssl_check=1&ssl_check=1'],
    ['the token twice', 'ssl_check=1&token=a&token=b'],
    ['ssl_check=0', 'ssl_check=0'],
    ['ssl_check=1 with more after a semicolon', 'ssl_check=1;payload=x'],
    ['an empty key', 'ssl_check=1&=x'],
    ['no ssl_check', 'token=abc'],
    ['nothing', ''],
  ];
  for (const [name, body] of impure) {
    it(`is not fooled by ${name}`, () => {
      expect(isPureSslCheck(body)).toBe(false);
    });
  }
});
