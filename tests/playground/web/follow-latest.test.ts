import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The page's module is plain JS for the browser: loaded by URL, typed here by what the test uses. */
interface Follower {
  scrollToEnd: () => void;
  readonly following: boolean;
}
const MODULE = pathToFileURL(
  resolve(import.meta.dirname, '../../../src/playground/web/follow-latest.js'),
).href;

/** A scrolling list as the module sees it: heights, a scroll position the browser clamps, scroll listeners. */
class FakeList {
  scrollHeight = 2000;
  clientHeight = 500;
  private top = 0;
  private readonly listeners: (() => void)[] = [];
  get scrollTop(): number {
    return this.top;
  }
  set scrollTop(value: number) {
    this.top = Math.max(0, Math.min(value, this.scrollHeight - this.clientHeight));
  }
  addEventListener(_type: 'scroll', listener: () => void): void {
    this.listeners.push(listener);
  }
  /** The scroll event, which the browser dispatches a frame after the scroll itself. */
  scrolled(): void {
    for (const listener of this.listeners) listener();
  }
}

describe('followLatest (the playground message list)', () => {
  // Node has no ResizeObserver; the list's size never changes here.
  const scope = globalThis as { ResizeObserver?: unknown };
  const saved = scope.ResizeObserver;
  beforeAll(() => {
    scope.ResizeObserver = class {
      observe(): void {}
      disconnect(): void {}
      unobserve(): void {}
    };
  });
  afterAll(() => {
    scope.ResizeObserver = saved;
  });

  it('keeps following when its own jump to the end is reported only after more has landed', async () => {
    const { followLatest } = (await import(MODULE)) as { followLatest: (list: FakeList) => Follower };
    const list = new FakeList();
    const latest = followLatest(list);
    latest.scrollToEnd();
    // Under load a whole message lands before the scroll event of the jump is dispatched.
    list.scrollHeight += 600;
    list.scrolled();
    expect(latest.following).toBe(true);
  });

  it('stops following when the user scrolls up, and follows again back at the end', async () => {
    const { followLatest } = (await import(MODULE)) as { followLatest: (list: FakeList) => Follower };
    const list = new FakeList();
    const latest = followLatest(list);
    latest.scrollToEnd();
    list.scrolled();
    list.scrollTop -= 300;
    list.scrolled();
    expect(latest.following).toBe(false);
    list.scrollTop = list.scrollHeight;
    list.scrolled();
    expect(latest.following).toBe(true);
  });
});
