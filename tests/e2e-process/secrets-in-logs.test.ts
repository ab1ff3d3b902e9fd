import { afterEach, describe, expect, it } from 'vitest';
import {
  BOT,
  createSlackEmulator,
  type Fault,
  type SlackEmulator,
  slackSignatureHeaders,
} from '../../src/playground/emulator/index.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../support/slack-harness.js';
import { CONTENT, killIfRunning, type MainProcess, startMain } from './main-process.js';

const MENTION = `<@${BOT.userId}>`;

/** Every kind of delivery the bot handles, and the Slack faults it logs about. */
async function exerciseEverySurface(emulator: SlackEmulator): Promise<void> {
  const asked = await emulator.sendSlashCommand({ command: '/certpath', text: 'which exam is harder?' });
  await emulator.sendSlashCommand({ command: '/certpath', text: 'help' });
  await emulator.clickButton(asked.ackMessage!.ts, 'certpath.feedback.helpful');
  await emulator.clickButton(asked.ackMessage!.ts, 'certpath.topic.0');
  await emulator.clickButton(asked.ackMessage!.ts, 'certpath.share');
  const { message } = await emulator.postUserMessage({
    channel: 'C0GENERAL',
    text: `${MENTION} which pays more?`,
  });
  await emulator.waitForCall('chat.postMessage');
  await emulator.postUserMessage({
    channel: 'C0GENERAL',
    text: 'is SAA or DVA harder?',
    threadTs: message.ts,
  });
  await emulator.postUserMessage({
    channel: 'D0CERTBOT',
    text: 'how much coding does the developer exam need?',
  });
  await emulator.openHome();
  await emulator.sendSlashCommand({ command: '/certpath', text: 'quiz' });
  const opened = await emulator.waitForCall('views.open');
  const viewId = (opened.response as { view?: { id?: string } }).view?.id;
  if (viewId) await emulator.submitView(viewId);
  // Slack faults, one at a time so that each lands on the call it is meant for.
  const answered = async (faults: Fault[], text: string) => {
    emulator.faults.push(...faults);
    const { message: asked } = await emulator.postUserMessage({
      channel: 'C0GENERAL',
      text: `${MENTION} ${text}`,
    });
    await emulator.waitForCall('chat.postMessage', {
      timeoutMs: 10_000,
      match: (call) => call.args.thread_ts === asked.ts && call.fault === undefined,
    });
  };
  await answered(
    [{ method: 'chat.postMessage', kind: 'rate_limited', retryAfterSeconds: 1 }],
    'what does the architect do?',
  );
  await answered([{ method: 'chat.postMessage', kind: 'server_error', status: 503 }], 'study tips?');
  await answered([{ method: 'chat.postMessage', kind: 'drop_connection' }], 'career path?');
  // Someone pastes the secrets into a question, and Slack refuses the answer: the failure is logged
  // with the question, and debug lines carry the request bodies that quote it.
  emulator.faults.push({ method: 'chat.postMessage', kind: 'error', error: 'invalid_auth' });
  const pasted = `${MENTION} is ${BOT_TOKEN} or ${APP_TOKEN} or ${SIGNING_SECRET} my token?`;
  await emulator.postUserMessage({ channel: 'C0GENERAL', text: pasted });
  await emulator.postUserMessage({ channel: 'D0CERTBOT', text: pasted });
  await emulator.waitForCall('chat.postEphemeral');
  // A mention where the bot is not a member: not_in_channel.
  await emulator.sendEvent({
    type: 'app_mention',
    user: 'U0HUMAN',
    text: `${MENTION} salary?`,
    ts: '1700000000.000900',
    channel: 'C0RANDOM',
  });
}

/** Requests Slack did not sign, or signed badly: the bot logs its refusals. */
async function sendForgeries(eventsUrl: string): Promise<void> {
  const body = JSON.stringify({
    type: 'event_callback',
    event_id: 'Ev0FORGED',
    event: { type: 'app_mention' },
  });
  const forged = [
    slackSignatureHeaders('forged-secret', body),
    slackSignatureHeaders(SIGNING_SECRET, body, Math.floor(Date.now() / 1000) + 3600),
    {},
  ];
  for (const headers of forged) {
    await fetch(eventsUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body,
    });
  }
  await fetch(eventsUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...slackSignatureHeaders(SIGNING_SECRET, '{"a":') },
    body: '{"a":',
  });
}

describe('tokens and secrets in the log of the real process', () => {
  let run: MainProcess | undefined;
  let emulator: SlackEmulator | undefined;
  afterEach(async () => {
    killIfRunning(run);
    await emulator?.stop();
  });

  for (const delivery of ['http', 'socket'] as const) {
    it(`never appear at debug level, whatever happens (${delivery})`, async () => {
      emulator = createSlackEmulator({
        botToken: BOT_TOKEN,
        appToken: APP_TOKEN,
        signingSecret: SIGNING_SECRET,
        delivery,
      });
      await emulator.start();
      run = startMain({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        // Socket Mode wins when the app token is set; the signing secret beside it is a secret all the same.
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        ...(delivery === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : {}),
        SLACK_API_URL: emulator.url,
        PORT: '0',
        LOG_LEVEL: 'debug',
        CERTPATH_CONTENT_DIR: CONTENT,
      });
      const [, url] = await run.printed(
        /CertPath is running (?:in HTTP mode at|in Socket Mode through) (\S+)/,
      );
      if (delivery === 'http') {
        const eventsUrl = url!.replace('localhost', '127.0.0.1').replace(/ \(.*$/, '');
        emulator.setBotUrl(eventsUrl);
        await sendForgeries(eventsUrl);
      } else {
        await emulator.waitForSocketConnection();
      }
      await exerciseEverySurface(emulator);
      // Shutdown finishes every reply under way, so the log is complete once the process exits.
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);

      const log = run.output();
      expect(log).toMatch(/\[DEBUG\].*http request url/);
      expect(log).toMatch(/rate limit/);
      expect(log).toMatch(/\[ERROR\].*invalid_auth/);
      expect(log).toMatch(/\[WARN\].*not_in_channel/);
      if (delivery === 'http') expect(log).toMatch(/\[WARN\].*refused a request/);
      for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET]) expect(log).not.toContain(secret);
      expect(log).not.toMatch(/xox[a-z]-\w|xapp-\w/);
    });
  }
});
