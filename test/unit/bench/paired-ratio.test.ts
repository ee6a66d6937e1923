// The paired ratio the recognition bench prints beside the ratio of medians
// (bench/support/thread-clock.ts): each round's batch over the other
// operation's batch in the same round, then the median.
import { describe, expect, it } from 'vitest';
import { pairedRatio } from '../../../bench/support/thread-clock.ts';

const timing = (rounds: number[]) => ({ ms: 0, perBatch: 1, rounds });

describe('pairedRatio', () => {
  it('is the per-round ratio when a slow stretch slows both operations alike', () => {
    // A slow stretch (rounds 3-4) slows both operations: paired, it cancels out.
    const floor = timing([1, 1, 3, 3, 1]);
    const both = timing([1.4, 1.4, 4.2, 4.2, 1.4]);
    expect(pairedRatio(both, floor)).toBeCloseTo(1.4, 10);
  });

  it('pairs round r with round r only: the median of the ratios, not the ratio of the medians', () => {
    const floor = timing([1, 2, 4]);
    const other = timing([4, 2, 1]);
    // Per-round ratios 4, 1, 0.25: median 1, while either median alone is 2.
    expect(pairedRatio(other, floor)).toBe(1);
  });
});
