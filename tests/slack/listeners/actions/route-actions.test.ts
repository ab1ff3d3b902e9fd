import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ActionRoute, routeActions } from '../../../../src/slack/listeners/actions/route-actions.js';
import { SlackHarness } from '../../../support/slack-harness.js';

const click = (actionId: string, log: string[]) =>
  ({ action: { action_id: actionId }, ack: async () => void log.push(`ack ${actionId}`) }) as never;

describe('routeActions', () => {
  const routes = (log: string[]): ActionRoute[] => [
    ['certpath.share', async () => void log.push('share')],
    [/^certpath\.topic\.\d+$/, async () => void log.push('topic')],
  ];

  it('hands a click to the route for its action id', async () => {
    const log: string[] = [];
    await routeActions(routes(log))(click('certpath.topic.2', log));
    await routeActions(routes(log))(click('certpath.share', log));
    expect(log).toEqual(['topic', 'share']);
  });

  it('acknowledges a click nothing handles, so Slack shows no error', async () => {
    const log: string[] = [];
    await routeActions(routes(log))(click('certpath.unknown', log));
    expect(log).toEqual(['ack certpath.unknown']);
  });
});

describe('a click on a button nothing handles', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  it('is acknowledged with 200 at once, with no error logged and nothing posted', async () => {
    const response = await slack.blockActions({
      type: 'block_actions',
      user: { id: 'U0HUMAN', name: 'human', team_id: 'T0CERTPATH' },
      team: { id: 'T0CERTPATH', domain: 'certpath' },
      api_app_id: 'A0CERTPATH',
      trigger_id: '1.2.3',
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0GENERAL' },
      channel: { id: 'C0GENERAL', name: 'general' },
      actions: [
        { type: 'button', action_id: 'someone.elses.button', block_id: 'b', action_ts: '1700000001.0' },
      ],
    });
    expect(response.status).toBe(200);
    await slack.settle();
    expect(slack.replies()).toEqual([]);
    expect(slack.logs.filter((line) => /^\[(WARN|ERROR)\]/.test(line))).toEqual([]);
  });
});
