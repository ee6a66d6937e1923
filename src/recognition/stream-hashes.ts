// The recogniser's one pass over a page's characters. Each word's hash (the
// bits of fingerprint.ts wordHashes) goes straight into the running prefix
// hash of the page's word stream, and the shingle that word ends is hashed and
// tested for sampling there and then. This replaces three passes: the words
// hashed into a list, the prefix hashes rolled over the list, then every
// shingle hashed again from the prefix hashes to find the sampled ones (about
// a sixth of recognising a small page, in Chromium). The tokenizer is
// fingerprint.ts's, spelled out again here with the word's end doing more:
// test/unit/recognition/stream-hashes.test.ts holds the two to the same words.
import {
  ASCII_WORD_UNIT,
  FNV_OFFSET,
  FNV_PRIME,
  PARAGRAPH_BASE,
  SHINGLE_SIZE,
  WORD,
  basePower,
  classify,
  isApostrophe,
  isLetter,
  mixSigned,
  longerLowerCase,
  unitLowerOne,
} from './fingerprint.ts';

/**
 * A page's word stream as prefix hashes, with the shingles (SHINGLE_SIZE
 * words) sampled by a salt and an interval as fingerprint.ts shingleHash and
 * isSampled sample them, built paragraph by paragraph; reused between pages.
 */
export class StreamHashes {
  /** prefix[i] = sequenceHash of words [0, i), as a signed 32-bit integer; prefix[0] = 0. */
  // A power of two, doubled as it grows: recognize.ts keeps buffers of up to KEPT_SCRATCH_WORDS entries between pages.
  prefix = new Int32Array(1024);
  /** Words so far. */
  length = 0;
  /** Sampled shingles in page order, every copy: first word, and the signed shingle hash. */
  sampleAt = new Int32Array(256);
  sampleHash = new Int32Array(256);
  sampleCount = 0;
  /** The salt and interval the shingles were sampled with. */
  salt = 0;
  every = 1;

  /** Empties the stream, to sample with `salt` (a 32-bit value) and one shingle in `every`. */
  reset(salt: number, every: number): void {
    this.length = 0;
    this.sampleCount = 0;
    this.prefix[0] = 0;
    this.salt = salt | 0;
    this.every = every;
  }

  /** Makes room for `more` words after the current ones. */
  reserve(more: number): void {
    const need = this.length + more + 1;
    if (need <= this.prefix.length) return;
    const grown = new Int32Array(Math.max(need, this.prefix.length * 2));
    grown.set(this.prefix.subarray(0, this.length + 1));
    this.prefix = grown;
  }

  /** Doubles the room for samples (sampleCount stays). */
  growSamples(): void {
    const size = this.sampleAt.length * 2;
    const at = new Int32Array(size);
    const hash = new Int32Array(size);
    at.set(this.sampleAt.subarray(0, this.sampleCount));
    hash.set(this.sampleHash.subarray(0, this.sampleCount));
    this.sampleAt = at;
    this.sampleHash = hash;
  }
}

const K = SHINGLE_SIZE;
const POWER_K = basePower(SHINGLE_SIZE);
/** A character above U+00FF: V8 then stores the string two bytes a character (see fingerprint.ts appendWordHashes). */
const WIDE_CHARACTER = /[\u0100-\uffff]/;

/** Appends the words of `text` to `stream`, sampling the shingles they end (see StreamHashes). */
export function appendStreamHashes(text: string, stream: StreamHashes): void {
  // A word takes a character and a separator.
  stream.reserve((text.length >> 1) + 1);
  if (WIDE_CHARACTER.test(text)) appendWide(text, stream);
  else appendNarrow(text, stream);
}

/** Whether a shingle hash (signed) is sampled: isSampled on its unsigned value; `mask` is every - 1 when every is a power of two, else -1. */
function sampled(shingle: number, mask: number, every: number): boolean {
  return mask >= 0 ? (shingle & mask) === 0 : (shingle >>> 0) % every === 0;
}

/** fingerprint.ts appendNarrowWordHashes, each word ending as described above. */
function appendNarrow(text: string, stream: StreamHashes): void {
  const n = text.length;
  const prefix = stream.prefix;
  const salt = stream.salt;
  const every = stream.every;
  const mask = (every & (every - 1)) === 0 ? every - 1 : -1;
  let sampleAt = stream.sampleAt;
  let sampleHash = stream.sampleHash;
  let samples = stream.sampleCount;
  let length = stream.length;
  let running = prefix[length]!;
  let h = FNV_OFFSET;
  let inWord = false;
  let i = 0;
  // The loop of fingerprint.ts appendNarrowWordHashes, but for what a word's end does (below, and again after the
  // loop for the last word: one shared exit for both made the loop dearer in Chromium).
  while (i < n) {
    let c = text.charCodeAt(i);
    while (c < 0x80) {
      const unit = ASCII_WORD_UNIT[c]!;
      if (unit === 0) break;
      h = Math.imul(h ^ unit, FNV_PRIME);
      inWord = true;
      if (++i === n) break;
      c = text.charCodeAt(i);
      // The same step again: two characters a turn take fewer loop branches.
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
        const lower = longerLowerCase(c);
        for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
      }
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    // c ends the word, unless it is an apostrophe followed by a letter (now at i).
    if (isApostrophe(c) && i < n && isLetter(text, i)) {
      h = Math.imul(h ^ 0x27, FNV_PRIME);
      continue;
    }
    // The word's hash into the prefix hash; the shingle it ends, when sampled, into the samples.
    running = (Math.imul(running, PARAGRAPH_BASE) + mixSigned(h)) | 0;
    prefix[++length] = running;
    if (length >= K) {
      const shingle = mixSigned(((running - Math.imul(prefix[length - K]!, POWER_K)) ^ salt) | 0);
      if (sampled(shingle, mask, every)) {
        if (samples === sampleAt.length) {
          stream.sampleCount = samples;
          stream.growSamples();
          sampleAt = stream.sampleAt;
          sampleHash = stream.sampleHash;
        }
        sampleAt[samples] = length - K;
        sampleHash[samples++] = shingle;
      }
    }
    h = FNV_OFFSET;
    inWord = false;
  }
  if (inWord) {
    // The last word, as above.
    running = (Math.imul(running, PARAGRAPH_BASE) + mixSigned(h)) | 0;
    prefix[++length] = running;
    if (length >= K) {
      const shingle = mixSigned(((running - Math.imul(prefix[length - K]!, POWER_K)) ^ salt) | 0);
      if (sampled(shingle, mask, every)) {
        stream.sampleCount = samples;
        if (samples === stream.sampleAt.length) stream.growSamples();
        stream.sampleAt[samples] = length - K;
        stream.sampleHash[samples++] = shingle;
      }
    }
  }
  stream.length = length;
  stream.sampleCount = samples;
}

/** The lower-case unit a word unit hashes as, or 0 for a unit that ends a word; MULTI_UNIT_LOWER for a longer lower case. */
function wordUnit(c: number): number {
  if (c < 0x80) return ASCII_WORD_UNIT[c]!;
  if ((classify(c) & WORD) === 0) return 0;
  const one = unitLowerOne[c]!;
  return one !== 0 ? one : MULTI_UNIT_LOWER;
}
const MULTI_UNIT_LOWER = -1;

/** fingerprint.ts appendWideWordHashes (one unit a turn), each word ending as in appendNarrow. */
function appendWide(text: string, stream: StreamHashes): void {
  const n = text.length;
  const prefix = stream.prefix;
  const salt = stream.salt;
  const every = stream.every;
  const mask = (every & (every - 1)) === 0 ? every - 1 : -1;
  let sampleAt = stream.sampleAt;
  let sampleHash = stream.sampleHash;
  let samples = stream.sampleCount;
  let length = stream.length;
  let running = prefix[length]!;
  let h = FNV_OFFSET;
  let inWord = false;
  // i === n is a word's end like any unit that is not a word unit.
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    const unit = wordUnit(c);
    if (unit > 0) {
      h = Math.imul(h ^ unit, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (unit === MULTI_UNIT_LOWER) {
      const lower = longerLowerCase(c);
      for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    // c ends the word, unless it is an apostrophe followed by a letter.
    if (isApostrophe(c) && i + 1 < n && isLetter(text, i + 1)) {
      h = Math.imul(h ^ 0x27, FNV_PRIME);
      continue;
    }
    running = (Math.imul(running, PARAGRAPH_BASE) + mixSigned(h)) | 0;
    prefix[++length] = running;
    if (length >= K) {
      const shingle = mixSigned(((running - Math.imul(prefix[length - K]!, POWER_K)) ^ salt) | 0);
      if (sampled(shingle, mask, every)) {
        if (samples === sampleAt.length) {
          stream.sampleCount = samples;
          stream.growSamples();
          sampleAt = stream.sampleAt;
          sampleHash = stream.sampleHash;
        }
        sampleAt[samples] = length - K;
        sampleHash[samples++] = shingle;
      }
    }
    h = FNV_OFFSET;
    inWord = false;
  }
  stream.length = length;
  stream.sampleCount = samples;
}

/**
 * Appends words already hashed (a paragraph the index knows by its exact text:
 * RecognitionIndex.knownParagraphs, fingerprint.ts wordHashes of that text) to
 * `stream`, exactly as appendStreamHashes appends that text: no character is read.
 */
export function appendKnownWords(words: Int32Array, stream: StreamHashes): void {
  const count = words.length;
  stream.reserve(count);
  const prefix = stream.prefix;
  const salt = stream.salt;
  const every = stream.every;
  const mask = (every & (every - 1)) === 0 ? every - 1 : -1;
  let length = stream.length;
  let samples = stream.sampleCount;
  let running = prefix[length]!;
  for (let j = 0; j < count; j++) {
    running = (Math.imul(running, PARAGRAPH_BASE) + words[j]!) | 0;
    prefix[++length] = running;
    if (length >= K) {
      const shingle = mixSigned(((running - Math.imul(prefix[length - K]!, POWER_K)) ^ salt) | 0);
      if (sampled(shingle, mask, every)) {
        stream.sampleCount = samples;
        if (samples === stream.sampleAt.length) stream.growSamples();
        stream.sampleAt[samples] = length - K;
        stream.sampleHash[samples++] = shingle;
      }
    }
  }
  stream.length = length;
  stream.sampleCount = samples;
}
