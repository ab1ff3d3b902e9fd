import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelMessage as message } from '../support/channel-events.js';
import { postgresInstanceStores } from '../support/claims-db.js';
import { freshPostgresDatabase } from '../support/postgres.js';
import { SharedInstances } from '../support/shared-instances.js';

describe('two HTTP instances sharing one database behind a load balancer', () => {
  let bots: SharedInstances;
  beforeEach(async () => {
    const url = await freshPostgresDatabase('instances');
    bots = await SharedInstances.start({ stores: () => postgresInstanceStores(url) });
  });
  afterEach(() => bots.stop());

  it('answers once when the event goes to A and its retries (1, 2) to B', async () => {
    const event = message('1700000100.000100', 'app_mention');
    bots.route({ kind: 'to', instance: 0 });
    await bots.event(event, { eventId: 'Ev0SCALE0001' });
    bots.route({ kind: 'to', instance: 1 });
    await bots.event(event, { eventId: 'Ev0SCALE0001', retryNum: 1, retryReason: 'http_timeout' });
    await bots.event(event, { eventId: 'Ev0SCALE0001', retryNum: 2, retryReason: 'http_timeout' });
    await bots.settle();
    expect(bots.handledBy()).toEqual([1, 2]);
    expect(bots.replies()).toEqual(['chat.postMessage']);
  });

  it('answers 20 deliveries, each sent to both instances at once, 20 times in all and never twice', async () => {
    bots.route({ kind: 'all' });
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => {
        const ts = `1700000200.${String(index).padStart(6, '0')}`;
        return bots.event(message(ts, 'app_mention'), {
          eventId: `Ev0BOTH${String(index).padStart(5, '0')}`,
        });
      }),
    );
    await bots.settle();
    expect(bots.handledBy()).toEqual([20, 20]);
    const posts = bots.emulator.calls('chat.postMessage');
    expect(posts).toHaveLength(20);
    const threads = posts.map((call) => String(call.args.thread_ts));
    expect(new Set(threads).size).toBe(20);
  });

  it('answers once when one message comes as app_mention on A and as message.channels on B', async () => {
    bots.route({ kind: 'to', instance: 0 });
    await bots.event(message('1700000300.000100', 'app_mention'), { eventId: 'Ev0MENTIONA1' });
    bots.route({ kind: 'to', instance: 1 });
    await bots.event(message('1700000300.000100', 'message'), { eventId: 'Ev0MESSAGEB1' });
    await bots.settle();
    expect(bots.handledBy()).toEqual([1, 1]);
    expect(bots.replies()).toEqual(['chat.postMessage']);
  });

  it('answers a channel question once when it reaches A and B under two event ids', async () => {
    const question = { ...message('1700000300.000200', 'message'), text: 'which exam is harder?' };
    bots.route({ kind: 'to', instance: 0 });
    await bots.event(question, { eventId: 'Ev0CHANNELA1' });
    bots.route({ kind: 'to', instance: 1 });
    await bots.event(question, { eventId: 'Ev0CHANNELB1' });
    await bots.settle();
    expect(bots.handledBy()).toEqual([1, 1]);
    expect(bots.replies()).toEqual(['chat.postMessage']);
  });

  it('never posts the same section twice in one thread, asked on A and then on B', async () => {
    const root = '1700000400.000100';
    const inThread = (ts: string) => ({ ...message(ts, 'app_mention'), thread_ts: root });
    bots.route({ kind: 'to', instance: 0 });
    await bots.event(inThread('1700000400.000200'), { eventId: 'Ev0THREADA01' });
    // "Then": A has answered before B is asked (an ack comes before the answer is posted, so without this a
    // loaded machine let B answer first, and the two replies came in the other order).
    await bots.settle();
    bots.route({ kind: 'to', instance: 1 });
    await bots.event(inThread('1700000400.000300'), { eventId: 'Ev0THREADB01' });
    await bots.settle();
    expect(bots.replies()).toEqual(['chat.postMessage', 'chat.postEphemeral']);
  });

  it('never posts the same section twice in one thread, asked on both at the same moment', async () => {
    const root = '1700000500.000100';
    bots.route({ kind: 'round-robin' });
    await Promise.all(
      ['1700000500.000200', '1700000500.000300', '1700000500.000400', '1700000500.000500'].map((ts, index) =>
        bots.event({ ...message(ts, 'app_mention'), thread_ts: root }, { eventId: `Ev0RACE0000${index}` }),
      ),
    );
    await bots.settle();
    expect(bots.handledBy()).toEqual([2, 2]);
    expect(bots.emulator.calls('chat.postMessage')).toHaveLength(1);
    expect(bots.emulator.calls('chat.postEphemeral')).toHaveLength(3);
  });
});
