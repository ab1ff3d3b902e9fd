import { describe, expect, it } from 'vitest';
import { timeOrderedId } from '../../src/store/time-ordered-id.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedId', () => {
  it('is a version 7 UUID whose first 48 bits are the time in milliseconds', () => {
    const at = Date.UTC(2026, 10, 30, 12, 0, 0, 123);
    const id = timeOrderedId(at);
    expect(id).toMatch(UUID_V7);
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
  });

  it('sorts as text in the order the ids were made, a millisecond apart or more', () => {
    const start = Date.UTC(2026, 0, 1);
    const ids = [0, 1, 2, 15, 16, 255, 256, 4096, 86_400_000].map((offset) => timeOrderedId(start + offset));
    expect([...ids].sort()).toEqual(ids);
  });

  it('differs between ids made in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => timeOrderedId(1_000)));
    expect(ids.size).toBe(10_000);
  });
});
