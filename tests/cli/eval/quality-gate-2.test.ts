import { describe, it } from 'vitest';
import { expectFloors, floorsShard, LIST_TIMEOUT } from './gate-floors.js';

describe('answer quality (the gate in npm test), shard 2 of 4', () => {
  it.each(floorsShard(1, 4))(
    'holds its floors on $file, ahead of both baselines',
    expectFloors,
    LIST_TIMEOUT,
  );
});
