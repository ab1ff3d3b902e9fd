import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/slack/in-flight.js';

describe('InFlight', () => {
  it('is idle at once when nothing runs', async () => {
    await expect(new InFlight().idle()).resolves.toBeUndefined();
  });

  it('becomes idle only when every tracked piece of work has settled, failed ones included', async () => {
    const inFlight = new InFlight();
    let finish!: () => void;
    const first = inFlight.track(() => new Promise<void>((resolve) => (finish = resolve)));
    const second = inFlight.track(async () => {
      throw new Error('boom');
    });
    await expect(second).rejects.toThrow('boom');
    let idle = false;
    const waiting = inFlight.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    finish();
    await first;
    await waiting;
    expect(inFlight.settled).toBe(2);
  });

  it('waits for a number of settled deliveries', async () => {
    const inFlight = new InFlight();
    const reached = inFlight.settledAtLeast(2);
    await inFlight.track(async () => {});
    await inFlight.track(async () => {});
    await expect(reached).resolves.toBeUndefined();
  });
});
