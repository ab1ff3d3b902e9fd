import { LogLevel } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../src/slack/logger.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, SlackHarness } from '../support/slack-harness.js';

function capture(level: 'debug' | 'info' | 'warn' | 'error', secrets: string[] = []) {
  const lines: { level: LogLevel; line: string }[] = [];
  const logger = createLogger({ level, secrets, sink: (at, line) => lines.push({ level: at, line }) });
  return { logger, lines, text: () => lines.map((l) => l.line).join('\n') };
}

describe('redact', () => {
  it('hides bot, user and app tokens', () => {
    const text =
      'bot xoxb-123-456-abcDEF user xoxp-1-2-3 config xoxe.xoxp-9 refresh xoxe-1-abc app xapp-1-A0-123-ff';
    const out = redact(text);
    expect(out).not.toMatch(/xox[a-z]-|xapp-/);
    expect(out).toContain('bot [redacted] user [redacted]');
  });

  it('hides the given secret values wherever they appear', () => {
    expect(redact(`secret=${SIGNING_SECRET}&x=1`, [SIGNING_SECRET])).toBe('secret=[redacted]&x=1');
  });

  it('leaves ordinary text alone', () => {
    expect(redact('which exam is harder? (xox is not a token)')).toBe(
      'which exam is harder? (xox is not a token)',
    );
  });
});

describe('createLogger', () => {
  it('writes lines with the level and name', () => {
    const { logger, lines } = capture('info');
    logger.info('CertPath is running');
    expect(lines).toEqual([{ level: LogLevel.INFO, line: '[INFO] certpath CertPath is running' }]);
  });

  it('drops lines below its level, and follows setLevel', () => {
    const { logger, lines } = capture('warn');
    logger.info('not shown');
    logger.error('shown');
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('now shown');
    expect(lines.map((l) => l.line)).toEqual(['[ERROR] certpath shown', '[DEBUG] certpath now shown']);
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
  });

  it('redacts tokens and secrets in messages, objects and errors', () => {
    const { logger, text } = capture('debug', [SIGNING_SECRET]);
    logger.debug(`token ${BOT_TOKEN}`);
    logger.info('request', { headers: { authorization: `Bearer ${APP_TOKEN}` }, secret: SIGNING_SECRET });
    logger.error('failed', new Error(`invalid_auth for ${BOT_TOKEN}`));
    expect(text()).not.toContain(BOT_TOKEN);
    expect(text()).not.toContain(APP_TOKEN);
    expect(text()).not.toContain(SIGNING_SECRET);
    expect(text()).toContain('[redacted]');
  });
});

describe('the running bot’s log', () => {
  let slack: SlackHarness;
  afterEach(() => slack.stop());

  for (const delivery of ['http', 'socket'] as const) {
    it(`never contains a token or the signing secret, even at debug level (${delivery})`, async () => {
      slack = await SlackHarness.start({ delivery, env: { LOG_LEVEL: 'debug' } });
      await slack.say('C0GENERAL', '<@U0CERTBOT> which exam is harder?');
      const { ackMessage } = await slack.command('which one pays more?');
      await slack.click(ackMessage!.ts, 'certpath.feedback.helpful');
      await slack.settle();
      const log = slack.logs.join('\n');
      expect(slack.logs.some((line) => line.startsWith('[DEBUG]'))).toBe(true);
      for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET]) expect(log).not.toContain(secret);
      expect(log).not.toMatch(/xox[a-z]-\w|xapp-\w/);
    });
  }
});
