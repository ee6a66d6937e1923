// A set of 32-bit integers for the recogniser's hot loop: open addressing over
// typed arrays, emptied in O(1) by a generation stamp, so one set serves every
// call. A Set<number> stores a hash beyond the small-integer range (most of
// them) as a boxed heap number, and allocating and hashing those was most of
// the cost of telling a page's repeated shingles apart.

/** Fibonacci hashing: the keys are sampled hashes whose low bits are all alike. */
const SPREAD = 0x9e3779b1;
const MIN_BITS = 8;

export class Int32Set {
  private keys = new Int32Array(1 << MIN_BITS);
  private stamps = new Uint32Array(1 << MIN_BITS);
  /** Slots stamped with it are members; any other stamp is an empty slot. */
  private generation = 1;
  private bits = MIN_BITS;
  size = 0;

  /** Empties the set, with room for about `expected` members; a set grown far beyond that lets its arrays go. */
  clear(expected = 0): void {
    this.size = 0;
    let bits = MIN_BITS;
    while (1 << bits < 2 * expected) bits++;
    if (bits > this.bits || this.bits > bits + 3) {
      this.allocate(bits);
      return;
    }
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** Adds `key` (as a signed 32-bit integer); false when it was already a member. */
  add(key: number): boolean {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const k = key | 0;
    const mask = this.keys.length - 1;
    let slot = Math.imul(k, SPREAD) >>> (32 - this.bits);
    while (this.stamps[slot] === this.generation) {
      if (this.keys[slot] === k) return false;
      slot = (slot + 1) & mask;
    }
    this.stamps[slot] = this.generation;
    this.keys[slot] = k;
    this.size++;
    return true;
  }

  has(key: number): boolean {
    const k = key | 0;
    const mask = this.keys.length - 1;
    let slot = Math.imul(k, SPREAD) >>> (32 - this.bits);
    while (this.stamps[slot] === this.generation) {
      if (this.keys[slot] === k) return true;
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private allocate(bits: number): void {
    this.bits = bits;
    this.keys = new Int32Array(1 << bits);
    this.stamps = new Uint32Array(1 << bits);
    this.generation = 1;
  }

  private grow(): void {
    const { keys, stamps, generation } = this;
    this.allocate(this.bits + 1);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (stamps[i] === generation) this.add(keys[i]!);
  }
}
