import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src/playground/display/display-types.js';
import { PageClient, type StreamFollower } from '../../support/page-client.js';
import { startTestPlayground, type TestPlayground } from '../../support/playground.js';

const isMessage =
  (match: (m: Extract<StreamEvent, { type: 'message' }>['message']) => boolean) => (e: StreamEvent) =>
    e.type === 'message' && match(e.message);

describe('the page’s live stream', () => {
  let playground: TestPlayground;
  let page: PageClient;
  let stream: StreamFollower;
  beforeEach(async () => {
    playground = await startTestPlayground();
    page = PageClient.of(playground.url);
    stream = await page.follow();
  });
  afterEach(async () => {
    stream.close();
    await playground.stop();
  });

  it('is Server-Sent Events that start with a snapshot of the workspace', async () => {
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    const first = await stream.next(() => true);
    expect(first).toMatchObject({
      type: 'snapshot',
      snapshot: {
        me: { id: 'U0HUMAN' },
        bot: { id: 'U0CERTBOT', name: 'certpath' },
        command: '/certpath',
        channels: [
          { id: 'C0GENERAL', label: '#general', botIsMember: true },
          { id: 'C0RANDOM', label: '#random', botIsMember: false },
          { id: 'D0CERTBOT', label: 'certpath', kind: 'im' },
        ],
        messages: [],
      },
    });
  });

  it('streams the user’s message, then the bot’s threaded reply with its blocks already parsed', async () => {
    await page.type('C0GENERAL', 'which exam pays more?');
    const asked = await stream.next(isMessage((m) => m.author.id === 'U0HUMAN'));
    const answer = await stream.next(isMessage((m) => m.author.kind === 'bot'));
    if (asked.type !== 'message' || answer.type !== 'message') throw new Error('expected messages');
    expect(asked.message.text).toEqual([{ kind: 'text', text: 'which exam pays more?' }]);
    expect(answer.message).toMatchObject({
      channel: 'C0GENERAL',
      threadTs: asked.message.ts,
      ephemeral: false,
    });
    expect(answer.message.blocks?.[0]).toEqual({ type: 'header', text: 'Which certification pays more?' });
  });

  it('streams views: the Home tab the bot publishes', async () => {
    await page.openHome();
    const home = await stream.next((e) => e.type === 'surface');
    expect(home).toMatchObject({ type: 'surface', surface: { type: 'home', open: true } });
  });

  it('sends a reconnecting page a fresh snapshot with what happened meanwhile', async () => {
    stream.close();
    await page.type('C0GENERAL', '/certpath which exam is harder?');
    const again = await page.follow();
    try {
      const first = await again.next(() => true);
      expect(first.type === 'snapshot' && first.snapshot.messages.map((m) => m.ephemeral)).toEqual([true]);
    } finally {
      again.close();
    }
  });
});
