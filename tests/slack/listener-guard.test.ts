import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_WORDS } from '../../src/core/render/index.js';
import { BOT } from '../../src/playground/emulator/index.js';
import { SlackHarness } from '../support/slack-harness.js';

const MENTION = `<@${BOT.userId}>`;

describe('a listener that fails', () => {
  let slack: SlackHarness;
  afterEach(() => slack.stop());

  const errorLines = () => slack.logs.filter((line) => line.startsWith('[ERROR]'));

  it('tells the person who mentioned the bot, ephemerally in the thread, and logs the failure once', async () => {
    slack = await SlackHarness.start();
    slack.emulator.faults.push({ method: 'chat.postMessage', kind: 'error', error: 'fatal_error' });
    const { message } = await slack.say('C0GENERAL', `${MENTION} which exam is harder?`);
    await slack.settle();
    const apology = slack.messages({ threadTs: message.ts }).filter((m) => m.botId);
    expect(apology).toEqual([expect.objectContaining({ ephemeralTo: 'U0HUMAN', text: ERROR_WORDS.generic })]);
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toContain('app_mention failed');
    expect(errorLines()[0]).toContain("channel: 'C0GENERAL'");
    expect(errorLines()[0]).toContain('fatal_error');
  });

  it('keeps working after a failure', async () => {
    slack = await SlackHarness.start();
    slack.emulator.faults.push({ method: 'chat.postMessage', kind: 'error', error: 'fatal_error' });
    await slack.say('C0GENERAL', `${MENTION} which exam is harder?`);
    const { message } = await slack.say('C0GENERAL', `${MENTION} which one pays more?`);
    await slack.settle();
    expect(slack.messages({ threadTs: message.ts }).filter((m) => m.botId && !m.ephemeralTo)).toHaveLength(1);
  });

  it('answers a slash command with the apology inside the ack', async () => {
    slack = await SlackHarness.start({
      answerer: (real) => ({
        ...real,
        ask: () => {
          throw new RangeError('the matcher broke');
        },
      }),
    });
    const result = await slack.command('which exam is harder?');
    expect(result.body).toMatchObject({ response_type: 'ephemeral', text: ERROR_WORDS.generic });
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toContain('command failed');
    expect(errorLines()[0]).toContain('the matcher broke');
  });

  it('tells the clicker through the response URL when a button names a section that is gone', async () => {
    slack = await SlackHarness.start();
    // A share button whose value names no section, as a stale message might carry.
    await slack.blockActions(
      slack.privateButtonClick({
        ts: '1700000000.000100',
        actionId: 'certpath.share',
        value: 'gone-guide/gone-section',
      }),
    );
    await slack.settle();
    const shown = slack.messages({ channel: 'C0GENERAL' });
    expect(shown).toEqual([expect.objectContaining({ ephemeralTo: 'U0HUMAN', text: ERROR_WORDS.generic })]);
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toContain('UnknownSectionError');
  });

  it('only logs when nobody was waiting: overheard chatter gets no apology', async () => {
    slack = await SlackHarness.start();
    slack.emulator.faults.push({ method: 'chat.postMessage', kind: 'error', error: 'fatal_error' });
    await slack.say('C0GENERAL', 'which exam is harder?');
    await slack.settle();
    expect(slack.replies()).toEqual(['chat.postMessage']);
    expect(slack.messages({ channel: 'C0GENERAL' }).filter((m) => m.botId)).toEqual([]);
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toContain('channel message failed');
  });
});
