import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signSlackRequest } from '../../../src/playground/emulator/index.js';
import { SIGNING_SECRET, startEmulator, useEmulatorWithBot } from './emulator-fixture.js';

/** Slack's signature, computed here independently of the emulator's code. */
function expectedSignature(timestamp: string, body: string): string {
  return `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

describe('emulator slash commands over HTTP', () => {
  const ctx = useEmulatorWithBot();

  it('signs every request the way Slack does', async () => {
    await ctx.emulator.sendSlashCommand({ command: '/certpath', text: 'compare' });
    const [request] = ctx.bot.requests;
    const timestamp = String(request?.headers['x-slack-request-timestamp']);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    expect(request?.headers['x-slack-signature']).toBe(expectedSignature(timestamp, request?.body ?? ''));
    expect(signSlackRequest(SIGNING_SECRET, 'body', 1700000000)).toBe(
      expectedSignature('1700000000', 'body'),
    );
  });

  it('sends a slash command form-encoded to /slack/events with Slack’s fields', async () => {
    const result = await ctx.emulator.sendSlashCommand({
      command: 'certpath',
      text: 'difficulty',
      channel: 'C0RANDOM',
    });
    const [request] = ctx.bot.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/slack/events' });
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const fields = Object.fromEntries(new URLSearchParams(request?.body));
    expect(fields).toMatchObject({
      team_id: 'T0CERTPATH',
      channel_id: 'C0RANDOM',
      channel_name: 'random',
      user_id: 'U0HUMAN',
      user_name: 'you',
      command: '/certpath',
      text: 'difficulty',
      api_app_id: 'A0CERTPATH',
      response_url: result.responseUrl,
      trigger_id: result.triggerId,
    });
    expect(fields.token).toBeTruthy();
    expect(result.responseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/response\/\w+$/);
  });

  it('returns the ack and shows a message it carries as ephemeral', async () => {
    ctx.bot.reply = () => ({ body: { text: 'Here is the comparison' } });
    const result = await ctx.emulator.sendSlashCommand({ command: '/certpath' });
    expect(result).toMatchObject({ status: 200, body: { text: 'Here is the comparison' } });
    expect(result.ackMessage).toMatchObject({ text: 'Here is the comparison', ephemeralTo: 'U0HUMAN' });
    ctx.bot.reply = () => ({ body: 'plain text ack' });
    expect((await ctx.emulator.sendSlashCommand({ command: '/certpath' })).ackMessage?.text).toBe(
      'plain text ack',
    );
    ctx.bot.reply = () => ({});
    const empty = await ctx.emulator.sendSlashCommand({ command: '/certpath' });
    expect(empty).toMatchObject({ status: 200, body: undefined });
    expect(empty.ackMessage).toBeUndefined();
  });

  it('refuses to show an ack message with invalid blocks', async () => {
    ctx.bot.reply = () => ({ body: { text: 'x', blocks: [{ type: 'carousel' }] } });
    const result = await ctx.emulator.sendSlashCommand({ command: '/certpath' });
    expect(result.ackProblems).toEqual([
      { path: 'blocks[0].type', message: 'unknown block type "carousel"' },
    ]);
    expect(ctx.emulator.workspace.messages()).toEqual([]);
  });

  it('surfaces a non-200 answer, such as a failed signature check', async () => {
    ctx.bot.reply = () => ({ status: 401 });
    expect(await ctx.emulator.sendSlashCommand({ command: '/certpath' })).toMatchObject({ status: 401 });
  });

  it('fails with BOT_ACK_TIMEOUT when the bot does not answer in time', async () => {
    const impatient = await startEmulator({ botUrl: ctx.bot.url, ackTimeoutMs: 50 });
    ctx.bot.reply = () => new Promise(() => {});
    try {
      await expect(impatient.sendSlashCommand({ command: '/certpath' })).rejects.toMatchObject({
        code: 'BOT_ACK_TIMEOUT',
        name: 'BotAckTimeoutError',
      });
    } finally {
      await impatient.stop();
    }
  });

  it('fails with BOT_URL_MISSING when it does not know where the bot is', async () => {
    const lost = await startEmulator();
    try {
      await expect(lost.sendSlashCommand({ command: '/certpath' })).rejects.toMatchObject({
        code: 'BOT_URL_MISSING',
      });
      lost.setBotUrl(`${ctx.bot.url}/slack/events`);
      await expect(lost.sendSlashCommand({ command: '/certpath' })).resolves.toMatchObject({ status: 200 });
    } finally {
      await lost.stop();
    }
  });
});
