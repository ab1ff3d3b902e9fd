import { afterEach, describe, expect, it } from 'vitest';
import { RECOMMENDATION_WORDS } from '../../src/core/render/index.js';
import { CANNOT_POST_ERRORS, cannotPostHere } from '../../src/slack/slack-client.js';
import { DESIGN_MINDED } from '../core/recommend/recommend-fixtures.js';
import { GUIDES, SlackHarness } from '../support/slack-harness.js';
import { answersFor, certification, openQuiz } from './quiz/quiz-session.js';

/** An error shaped as @slack/web-api throws it for an `ok: false` answer. */
const refused = (error: string) =>
  Object.assign(new Error(error), { code: 'slack_webapi_platform_error', data: { ok: false, error } });

describe('cannotPostHere', () => {
  it("knows every code of Slack's that means the bot cannot post in that place", () => {
    expect([...CANNOT_POST_ERRORS].sort()).toEqual(
      [
        'channel_not_found',
        'is_archived',
        'not_in_channel',
        'restricted_action',
        'restricted_action_read_only_channel',
        'restricted_action_thread_only_channel',
        'team_access_not_granted',
        'user_not_in_channel',
      ].sort(),
    );
    for (const code of CANNOT_POST_ERRORS) expect(cannotPostHere(refused(code))).toBe(code);
  });

  it('leaves every other failure alone', () => {
    expect(cannotPostHere(refused('invalid_blocks'))).toBeUndefined();
    expect(cannotPostHere(refused('ratelimited'))).toBeUndefined();
    expect(cannotPostHere(new Error('socket hang up'))).toBeUndefined();
    expect(cannotPostHere(undefined)).toBeUndefined();
    expect(cannotPostHere({ data: { error: 'not_in_channel' } })).toBeUndefined();
  });
});

describe('a quiz result for a channel the bot cannot post in', () => {
  let slack: SlackHarness;
  afterEach(() => slack.stop());

  it.each(['is_archived', 'restricted_action', 'user_not_in_channel'])(
    'goes to the DM when Slack answers %s, as both readers of the codes now agree',
    async (error) => {
      slack = await SlackHarness.start();
      await slack.command('quiz', { channel: 'C0GENERAL' });
      const modal = await openQuiz(slack);
      slack.emulator.faults.push({ method: 'chat.postEphemeral', kind: 'error', error });
      await slack.submit(modal.id, answersFor(modal, DESIGN_MINDED));
      await slack.settle();
      const [dm] = slack.messages({ channel: 'D0CERTBOT' });
      expect(dm?.text).toContain(`Take the ${certification(GUIDES[0]!.sides[0])} first`);
      // Truthful about why: the bot is a member of #general, Slack refused for another reason.
      expect(dm?.text.startsWith(RECOMMENDATION_WORDS.sentToDm('<#C0GENERAL>', false))).toBe(true);
    },
  );
});
