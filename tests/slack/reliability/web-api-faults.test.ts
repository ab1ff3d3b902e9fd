import { afterEach, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/core/answer/answerer.js';
import type { Block } from '../../../src/core/render/slack-message.js';
import { BOT, type Fault } from '../../../src/playground/emulator/index.js';
import type { WebApiPolicy } from '../../../src/slack/web-api-policy.js';
import { type HarnessOptions, SlackHarness } from '../../support/slack-harness.js';

const MENTION = `<@${BOT.userId}>`;
/** Quick retries so the tests stay fast; a timeout that a loaded machine still never reaches. */
const POLICY: WebApiPolicy = {
  timeoutMs: 2_000,
  retries: 2,
  minRetryDelayMs: 10,
  maxRetryDelayMs: 50,
  maxRetryAfterMs: 5_000,
};

/** An answerer whose answers carry one block Slack refuses: a section over 3,000 characters. */
function withRefusedBlock(real: Answerer): Answerer {
  const tooLong: Block = { type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } };
  return {
    ...real,
    ask: (question, options) => {
      const reply = real.ask(question, options);
      if (!reply.message) return reply;
      return { ...reply, message: { ...reply.message, blocks: [...reply.message.blocks, tooLong] } };
    },
  };
}

describe('Slack Web API faults', () => {
  let slack: SlackHarness;
  afterEach(() => slack.stop());

  async function start(options: HarnessOptions = {}) {
    slack = await SlackHarness.start({ webApi: POLICY, ...options });
  }

  const statuses = (method: string) => slack.emulator.calls(method).map((call) => call.status);
  const botReplies = (threadTs: string) =>
    slack.messages({ threadTs }).filter((message) => message.botId && !message.ephemeralTo);
  const linesAt = (level: string) => slack.logs.filter((line) => line.startsWith(`[${level}]`));

  async function expectHealthy() {
    expect((await fetch(`${slack.baseUrl}/healthz`)).status).toBe(200);
  }

  /** A mention in #general; resolves with the ts of the question (the thread the answer goes in). */
  async function mention(text = 'which exam is harder?'): Promise<string> {
    const { message } = await slack.say('C0GENERAL', `${MENTION} ${text}`);
    return message.ts;
  }

  it('waits out a 429 for its Retry-After and then answers, healthy while it waits', async () => {
    await start();
    slack.emulator.faults.push({ method: 'chat.postMessage', kind: 'rate_limited', retryAfterSeconds: 1 });
    const thread = await mention();
    await slack.emulator.waitForCall('chat.postMessage');
    await expectHealthy();
    await slack.settle(15_000);
    expect(statuses('chat.postMessage')).toEqual([429, 200]);
    expect(botReplies(thread)).toHaveLength(1);
    expect(linesAt('ERROR')).toEqual([]);
  });

  it('gives up at once on a Retry-After past the cap, apologizes, and keeps every other call going', async () => {
    await start();
    slack.emulator.faults.push({ method: 'chat.postMessage', kind: 'rate_limited', retryAfterSeconds: 3600 });
    const limited = await mention();
    await slack.settle(10_000);
    expect(statuses('chat.postMessage')).toEqual([429]);
    expect(botReplies(limited)).toEqual([]);
    expect(slack.replies()).toEqual(['chat.postMessage', 'chat.postEphemeral']);
    const lines = [...linesAt('WARN'), ...linesAt('ERROR')];
    expect(lines).toEqual([
      expect.stringMatching(/app_mention: gave up on the reply: Slack asked to wait 3600 s/),
    ]);

    await slack.say('D0CERTBOT', 'which one pays more?');
    await slack.openHome();
    await slack.settle(10_000);
    expect(slack.messages({ channel: 'D0CERTBOT' }).filter((m) => m.botId)).toHaveLength(1);
    expect(slack.emulator.calls('views.publish').map((call) => call.status)).toEqual([200]);

    const health = await fetch(`${slack.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const { ok, slack: status } = (await health.json()) as { ok: boolean; slack: string };
    expect(ok).toBe(true);
    expect(status).toMatch(/^rate-limited until \d{4}-\d\d-\d\dT/);
    expect(Date.parse(status.replace('rate-limited until ', ''))).toBeGreaterThan(Date.now() + 3_000_000);
  });

  it('reports a Web API that keeps failing in /healthz without failing the check, and ok once it answers', async () => {
    await start();
    // The reply and then the apology: every attempt of both fails.
    for (let i = 0; i < 2 * (POLICY.retries + 1); i++)
      slack.emulator.faults.push({ kind: 'server_error', status: 503 });
    await mention();
    await slack.settle(10_000);
    expect(slack.replies()).toEqual([
      ...Array(3).fill('chat.postMessage'),
      ...Array(3).fill('chat.postEphemeral'),
    ]);
    const failing = await fetch(`${slack.baseUrl}/healthz`);
    expect(failing.status).toBe(200);
    expect(((await failing.json()) as { slack: string }).slack).toMatch(/^failing since \S+ \(6 attempts\)$/);
    await mention('which one pays more?');
    await slack.settle(10_000);
    const healthy = (await (await fetch(`${slack.baseUrl}/healthz`)).json()) as { slack: string };
    expect(healthy.slack).toBe('ok');
  });

  const transient: [string, Fault, number][] = [
    ['a 503', { method: 'chat.postMessage', kind: 'server_error', status: 503 }, 503],
    ['a 500', { method: 'chat.postMessage', kind: 'server_error' }, 500],
    ['a dropped connection', { method: 'chat.postMessage', kind: 'drop_connection' }, 0],
  ];
  for (const [name, fault, status] of transient) {
    it(`retries past ${name} and answers once`, async () => {
      await start();
      slack.emulator.faults.push(fault);
      const thread = await mention();
      await slack.settle(10_000);
      expect(statuses('chat.postMessage')).toEqual([status, 200]);
      expect(botReplies(thread)).toHaveLength(1);
      expect(linesAt('ERROR')).toEqual([]);
      await expectHealthy();
    });
  }

  it('gives up on a call that never answers after its timeout, and answers through the retry', async () => {
    await start();
    // Longer than the test: only the emulator stopping ends it, so without a timeout nothing is posted.
    slack.emulator.faults.push({ method: 'chat.postMessage', kind: 'delay', ms: 120_000 });
    const thread = await mention();
    await expectHealthy();
    await slack.settle(10_000);
    expect(botReplies(thread)).toHaveLength(1);
    expect(statuses('chat.postMessage')).toEqual([200]);
    await expectHealthy();
  });

  it('does not retry a call that is slow but within the timeout', async () => {
    await start();
    slack.emulator.faults.push({ method: 'chat.postMessage', kind: 'delay', ms: 300 });
    const thread = await mention();
    await slack.settle(10_000);
    expect(statuses('chat.postMessage')).toEqual([200]);
    expect(botReplies(thread)).toHaveLength(1);
  });

  it('stops after its retries when Slack keeps failing, apologizes once, and keeps serving', async () => {
    await start();
    for (let i = 0; i <= POLICY.retries; i++)
      slack.emulator.faults.push({ method: 'chat.postMessage', kind: 'server_error', status: 502 });
    const thread = await mention();
    await slack.settle(10_000);
    expect(statuses('chat.postMessage')).toEqual(Array(POLICY.retries + 1).fill(502));
    expect(slack.replies().filter((method) => method === 'chat.postEphemeral')).toHaveLength(1);
    expect(linesAt('ERROR')).toHaveLength(1);
    expect(botReplies(thread)).toEqual([]);
    const next = await mention('which one pays more?');
    await slack.settle(10_000);
    expect(botReplies(next)).toHaveLength(1);
  });

  for (const where of ['a channel thread', 'a DM'] as const) {
    it(`posts the plain text when Slack refuses the blocks in ${where}, logging the block at fault`, async () => {
      await start({ answerer: withRefusedBlock });
      const channel = where === 'a DM' ? 'D0CERTBOT' : 'C0GENERAL';
      const text = where === 'a DM' ? 'which exam is harder?' : `${MENTION} which exam is harder?`;
      const { message } = await slack.say(channel, text);
      await slack.settle(10_000);
      const [refused, fallback] = slack.emulator.calls('chat.postMessage');
      expect(refused?.response).toMatchObject({ ok: false, error: 'invalid_blocks' });
      const blockCount = (refused!.args.blocks as unknown[]).length;
      expect(fallback?.args.blocks).toBeUndefined();
      expect(fallback?.args.text).toBe(refused?.args.text);
      expect(fallback?.response).toMatchObject({ ok: true });
      const posted = slack.messages({ channel }).filter((m) => m.botId);
      expect(posted).toEqual([expect.objectContaining({ text: refused?.args.text })]);
      if (where === 'a channel thread') expect(posted[0]?.threadTs).toBe(message.ts);
      const refusals = linesAt('ERROR').filter((line) => line.includes('refused the blocks'));
      expect(refusals).toHaveLength(1);
      expect(refusals[0]).toContain('invalid_blocks');
      expect(refusals[0]).toContain(`/blocks/${blockCount - 1}/text/text`);
      expect(linesAt('ERROR').filter((line) => line.includes('failed'))).toEqual([]);
      expect(slack.replies()).toEqual(['chat.postMessage', 'chat.postMessage']);
    });
  }

  it('logs channel_not_found once and makes no other call: no retry, no apology', async () => {
    await start();
    slack.emulator.faults.push({ method: 'chat.postMessage', kind: 'error', error: 'channel_not_found' });
    await mention();
    await slack.settle(10_000);
    expect(slack.replies()).toEqual(['chat.postMessage']);
    expect(linesAt('ERROR')).toEqual([]);
    expect(linesAt('WARN')).toEqual([expect.stringMatching(/cannot post in C0GENERAL: channel_not_found/)]);
    await expectHealthy();
  });

  it('logs not_in_channel once for a mention where the bot is not a member, and makes no other call', async () => {
    await start();
    await slack.event({
      type: 'app_mention',
      user: 'U0HUMAN',
      text: `${MENTION} which exam is harder?`,
      ts: '1700000000.000900',
      channel: 'C0RANDOM',
    });
    await slack.settle(10_000);
    expect(slack.emulator.calls('chat.postMessage').map((call) => call.response)).toEqual([
      expect.objectContaining({ ok: false, error: 'not_in_channel' }),
    ]);
    expect(slack.replies()).toEqual(['chat.postMessage']);
    expect(linesAt('WARN')).toEqual([expect.stringMatching(/cannot post in C0RANDOM: not_in_channel/)]);
    await expectHealthy();
  });
});
