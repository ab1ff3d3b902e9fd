import { describe, expect, it } from 'vitest';
import {
  type ActionRoute,
  actionPattern,
  routeActions,
} from '../../../../src/slack/listeners/actions/route-actions.js';

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

  it('registers one pattern that takes exactly the routed ids', () => {
    const pattern = actionPattern(routes([]));
    expect(pattern.test('certpath.share')).toBe(true);
    expect(pattern.test('certpath.topic.10')).toBe(true);
    expect(pattern.test('certpathXshare')).toBe(false);
    expect(pattern.test('certpath.share.more')).toBe(false);
  });
});
