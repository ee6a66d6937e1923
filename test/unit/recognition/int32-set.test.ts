import { describe, expect, it } from 'vitest';
import { Int32Set } from '../../../src/recognition/int32-set.ts';

/** Sampled hashes as the recogniser meets them: low bits all zero, signed and unsigned halves alike. */
function sampledHashes(count: number, seed: number): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    out.push(x & ~7);
  }
  return out;
}

describe('Int32Set', () => {
  it('tells a key it has from one it has not, as a Set does, through growth', () => {
    const set = new Int32Set();
    const reference = new Set<number>();
    const keys = sampledHashes(5_000, 1);
    keys.push(...keys.slice(0, 300)); // repeats
    for (const k of keys) {
      const isNew = !reference.has(k);
      reference.add(k);
      expect(set.add(k)).toBe(isNew);
    }
    expect(set.size).toBe(reference.size);
    for (const k of sampledHashes(2_000, 2)) expect(set.has(k)).toBe(reference.has(k));
    expect(set.has(0x7ffffff8)).toBe(reference.has(0x7ffffff8));
    // An unsigned hash above 2^31 is the same member as its signed 32-bit value.
    set.add(0xfffffff8);
    expect(set.has(-8)).toBe(true);
  });

  it('is empty after clear, whatever it held, and works again', () => {
    const set = new Int32Set();
    const first = sampledHashes(3_000, 3);
    for (const k of first) set.add(k);
    set.clear(10); // shrinks: far more room than 10 members need
    expect(set.size).toBe(0);
    for (const k of first) expect(set.has(k)).toBe(false);
    for (let round = 0; round < 50; round++) {
      set.clear(100);
      const keys = sampledHashes(100, 100 + round);
      for (const k of keys) set.add(k);
      expect(set.size).toBe(new Set(keys).size);
      expect(first.filter((k) => set.has(k) && !keys.includes(k))).toEqual([]);
    }
  });
});
