// Word hashes, shingle hashes and paragraph hashes shared by the index builder
// and the recogniser. Text is compared as a stream of normalised words
// (typography folded, lower-cased, punctuation dropped), so reflowed lines,
// curly quotes and dashes do not matter.
/** Consecutive words per shingle: long enough that common phrases rarely collide across stories. */
export const SHINGLE_SIZE = 5;
/** Base of the polynomial paragraph hash (sequenceHash). */
export const PARAGRAPH_BASE = 0x01000193;

/** Final avalanche so every bit of a hash depends on every input bit (sampling uses the low bits). */
export function mixSigned(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x | 0;
}

// As a signed 32-bit value (same bits): the hash then stays a small integer in the hot loop, never a double.
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Typographic apostrophes and quotes that fold to "'" (see foldTypography). */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** ASCII code unit → itself lower-cased when it is a letter or digit, else 0: one load instead of four comparisons. */
export const ASCII_WORD_UNIT = new Uint8Array(0x80);
for (let c = 0x30; c <= 0x39; c++) ASCII_WORD_UNIT[c] = c;
for (let c = 0x61; c <= 0x7a; c++) {
  ASCII_WORD_UNIT[c] = c;
  ASCII_WORD_UNIT[c - 0x20] = c;
}

// Non-ASCII code units, classified once each: the regular expressions and
// toLowerCase() are the slow part of hashing Cyrillic UI strings and curly
// punctuation. Every answer depends on the UTF-16 code unit alone (a lone
// surrogate is neither letter nor digit), so caching cannot change a hash.
const NOT_WORD = 1;
/** classify(): the unit is part of a word (a letter or digit). */
export const WORD = 2;
const LETTER_FLAG = 4;
const unitClass = new Uint8Array(0x10000);
/** A word unit's lower case when that is one code unit (else 0: see unitLower). */
export const unitLowerOne = new Uint16Array(0x10000);
/** A word unit's lower case when that is more than one code unit ("İ" → "i̇"). */
const unitLower = new Map<number, string>();

/** The lower case of a word unit whose unitLowerOne is 0 (more than one code unit). */
export function longerLowerCase(c: number): string {
  return unitLower.get(c)!;
}

/** The class bits of a code unit (WORD, letter), worked out once per unit and kept. */
export function classify(c: number): number {
  let k = unitClass[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    if (LETTER_OR_DIGIT.test(ch)) {
      k = WORD | (LETTER.test(ch) ? LETTER_FLAG : 0);
      const lower = ch.toLowerCase();
      if (lower.length === 1) unitLowerOne[c] = lower.charCodeAt(0);
      else unitLower.set(c, lower);
    } else {
      k = NOT_WORD;
    }
    unitClass[c] = k;
  }
  return k;
}

/** Whether the unit of `text` at `i` is a letter (what lets an apostrophe continue a word). */
export function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c);
  return (classify(c) & LETTER_FLAG) !== 0;
}

/** A growable list of word hashes in one typed array (no boxed numbers). */
export class HashList {
  data = new Uint32Array(1024);
  length = 0;

  push(hash: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = hash;
  }

  /** Makes room for `more` hashes after the current ones. */
  reserve(more: number): void {
    const need = this.length + more;
    if (need <= this.data.length) return;
    const grown = new Uint32Array(Math.max(need, this.data.length * 2));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

/**
 * Hashes of the normalised words of a text, in order, in one pass without
 * building word strings (the index builder's; the recogniser's own pass over a
 * page, with the same words, is stream-hashes.ts). A word is a run of
 * letters and digits, with inner apostrophes (straight or curly) followed by
 * a letter, lower-cased — the words of normalize.ts `words()`.
 */
export function wordHashes(text: string): number[] {
  const list = new HashList();
  appendWordHashes(text, list);
  return Array.from(list.data.subarray(0, list.length));
}

/** A character above U+00FF: V8 then stores the string two bytes a character. */
const WIDE_CHARACTER = /[\u0100-\uffff]/;

/**
 * As wordHashes, appending to `out`. Text with a character above U+00FF
 * (Cyrillic, typographic quotes and dashes) goes to a loop of its own, for
 * speed alone (both loops give the same hashes): a loop whose charCodeAt has
 * met strings stored two bytes a character can stay three to five times
 * slower on every string after, one-byte ones included (seen in Chromium's V8
 * in a page holding one "…"). The test is all but free on one-byte strings:
 * the regular expression cannot match them.
 */
export function appendWordHashes(text: string, out: HashList): void {
  if (WIDE_CHARACTER.test(text)) appendWideWordHashes(text, out);
  else appendNarrowWordHashes(text, out);
}

/**
 * Runs of ASCII letters and digits, most of any page, go through a tight
 * inner loop (unrolled by two): one table load and one multiplication a
 * character, the branch that ends a word taken once a word.
 */
function appendNarrowWordHashes(text: string, out: HashList): void {
  const n = text.length;
  // A word takes a char and a separator: room for every word up front, so the
  // loop stores into the array (no call, no growth check per word).
  out.reserve((n >> 1) + 1);
  const data = out.data;
  let length = out.length;
  let h = FNV_OFFSET;
  let inWord = false;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    while (c < 0x80) {
      const unit = ASCII_WORD_UNIT[c]!;
      if (unit === 0) break;
      h = Math.imul(h ^ unit, FNV_PRIME);
      inWord = true;
      if (++i === n) break;
      c = text.charCodeAt(i);
      // The same step again: two characters a turn take fewer loop branches (the hash is the same).
      if (c >= 0x80) break;
      const next = ASCII_WORD_UNIT[c]!;
      if (next === 0) break;
      h = Math.imul(h ^ next, FNV_PRIME);
      if (++i === n) break;
      c = text.charCodeAt(i);
    }
    if (i === n) break;
    i++;
    if (c >= 0x80 && (classify(c) & WORD) !== 0) {
      const one = unitLowerOne[c]!;
      if (one !== 0) {
        h = Math.imul(h ^ one, FNV_PRIME);
      } else {
        const lower = unitLower.get(c)!;
        for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
      }
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    // c ends the word, unless it is an apostrophe followed by a letter (now at i).
    if (isApostrophe(c) && i < n && isLetter(text, i)) {
      h = Math.imul(h ^ 0x27, FNV_PRIME);
    } else {
      data[length++] = mixSigned(h); // stored as the same 32 bits
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) data[length++] = mixSigned(h);
  out.length = length;
}

/** The lower-case unit a word unit hashes as, or 0 for a unit that ends a word; MULTI_UNIT_LOWER when its lower case is longer. */
function wordUnit(c: number): number {
  if (c < 0x80) return ASCII_WORD_UNIT[c]!;
  if ((classify(c) & WORD) === 0) return 0;
  const one = unitLowerOne[c]!;
  return one !== 0 ? one : MULTI_UNIT_LOWER;
}
const MULTI_UNIT_LOWER = -1;

/** The same words and hashes as appendNarrowWordHashes, one unit a turn: most units of such text are not ASCII. */
function appendWideWordHashes(text: string, out: HashList): void {
  const n = text.length;
  out.reserve((n >> 1) + 1);
  const data = out.data;
  let length = out.length;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const unit = wordUnit(c);
    if (unit > 0) {
      h = Math.imul(h ^ unit, FNV_PRIME);
      inWord = true;
    } else if (unit === MULTI_UNIT_LOWER) {
      const lower = unitLower.get(c)!;
      for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      // c ends the word, unless it is an apostrophe followed by a letter.
      if (isApostrophe(c) && i + 1 < n && isLetter(text, i + 1)) {
        h = Math.imul(h ^ 0x27, FNV_PRIME);
      } else {
        data[length++] = mixSigned(h);
        h = FNV_OFFSET;
        inWord = false;
      }
    }
  }
  if (inWord) data[length++] = mixSigned(h);
  out.length = length;
}

/**
 * Hash of the shingle of `size` words starting at `start`: the avalanche of
 * the words' polynomial hash (sequenceHash). Being polynomial, it rolls: the
 * recogniser gets every shingle of a page from one prefix-hash pass. The
 * salt picks which shingles sampling keeps (tests vary it to show decisions
 * do not hang on one lucky sample).
 */
export function shingleHash(wordsHashes: ArrayLike<number>, start: number, size: number, salt = 0): number {
  return mixSigned((sequenceHash(wordsHashes, start, size) ^ salt) | 0) >>> 0;
}

/** Sampled shingles are the ones whose hash is 0 modulo `every`: the same on every copy of a text. */
export function isSampled(hash: number, every: number): boolean {
  return hash % every === 0;
}

/** PARAGRAPH_BASE to the powers 0 .. POWERS_KEPT - 1: every paragraph the recogniser checks needs one. */
const POWERS_KEPT = 1024;
const POWERS = new Int32Array(POWERS_KEPT);
POWERS[0] = 1;
for (let i = 1; i < POWERS_KEPT; i++) POWERS[i] = Math.imul(POWERS[i - 1]!, PARAGRAPH_BASE);

/** PARAGRAPH_BASE to the power `length` (mod 2^32, signed): what a prefix hash is scaled by to drop a run of that length. */
export function basePower(length: number): number {
  if (length < POWERS_KEPT) return POWERS[length]!;
  let power = POWERS[POWERS_KEPT - 1]!;
  for (let i = POWERS_KEPT - 1; i < length; i++) power = Math.imul(power, PARAGRAPH_BASE);
  return power;
}

/** Polynomial hash of a run of word hashes, rollable along a stream (mod 2^32). */
export function sequenceHash(wordsHashes: ArrayLike<number>, start: number, length: number): number {
  let h = 0;
  for (let i = start; i < start + length; i++) h = (Math.imul(h, PARAGRAPH_BASE) + wordsHashes[i]!) | 0;
  return h >>> 0;
}

/**
 * Whether `stream[from, to)` holds a run of `length` words with hash `target`:
 * rolls the polynomial hash so the cost is linear in the window.
 */
export function findSequence(stream: ArrayLike<number>, from: number, to: number, length: number, target: number): boolean {
  if (length === 0 || to - from < length) return false;
  let top = 1; // PARAGRAPH_BASE^(length-1)
  for (let i = 1; i < length; i++) top = Math.imul(top, PARAGRAPH_BASE);
  let h = 0;
  for (let i = from; i < from + length; i++) h = (Math.imul(h, PARAGRAPH_BASE) + stream[i]!) | 0;
  if (h >>> 0 === target) return true;
  for (let i = from + length; i < to; i++) {
    h = (Math.imul((h - Math.imul(stream[i - length]!, top)) | 0, PARAGRAPH_BASE) + stream[i]!) | 0;
    if (h >>> 0 === target) return true;
  }
  return false;
}
