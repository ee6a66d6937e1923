// Compact binary form of the recognition index, shipped with the extension and
// fetched by the service worker on demand. Layout (integers are unsigned LEB128
// varints unless noted):
//   "SLRI" · format · shingleSize · sampleEvery · salt (u32 LE) · articleCount · paragraphCount
//   per article: id · addressKeyCount · keys · paragraphCount · per paragraph: words · hash (u32 LE)
//   fingerprintCount · postingCount · per fingerprint: delta from previous · postingCount · per posting: article delta · paragraph
//   keptCount · per article whose texts are kept: article · its paragraphs' texts (as many as it has paragraphs)
// Format 3 added the kept texts (RecognitionIndex.knownTexts).
// Fingerprints are sorted, so deltas are small; that is most of the saving.
import { knownParagraphsOf, POSTING_FIELDS, postingDirectory, type RecognitionIndex } from './recognition-index.ts';

const MAGIC = [0x53, 0x4c, 0x52, 0x49]; // "SLRI"
const FORMAT = 3;

class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.length++] = b;
  }

  varint(value: number): void {
    let v = value >>> 0;
    if (v !== value) throw new Error(`recognition index: cannot encode ${value}`);
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.byte(v);
  }

  u32(v: number): void {
    this.room(4);
    new DataView(this.buf.buffer).setUint32(this.length, v >>> 0, true);
    this.length += 4;
  }

  string(s: string): void {
    const bytes = new TextEncoder().encode(s);
    this.varint(bytes.length);
    this.room(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

class ByteReader {
  private at = 0;
  private readonly view: DataView;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  private need(n: number): void {
    if (this.at + n > this.buf.length) throw new Error('recognition index: data ends early (truncated or corrupt file)');
  }

  byte(): number {
    this.need(1);
    return this.buf[this.at++]!;
  }

  varint(): number {
    const first = this.at < this.buf.length ? this.buf[this.at]! : 0x80;
    if (first < 0x80) {
      this.at++;
      return first;
    }
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
    }
    throw new Error('recognition index: malformed number (corrupt file)');
  }

  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }

  string(): string {
    const n = this.varint();
    this.need(n);
    const bytes = this.buf.subarray(this.at, this.at + n);
    // Ids and address keys are short and ASCII: skip the decoder's per-call overhead for them (not for kept
    // paragraph texts, which a spread of arguments could not hold).
    const s = n <= 256 && bytes.every((b) => b < 0x80) ? String.fromCharCode(...bytes) : this.decoder.decode(bytes);
    this.at += n;
    return s;
  }

  done(): boolean {
    return this.at === this.buf.length;
  }
}

export function serializeIndex(index: RecognitionIndex): Uint8Array {
  const w = new ByteWriter();
  for (const b of MAGIC) w.byte(b);
  w.varint(FORMAT);
  w.varint(index.shingleSize);
  w.varint(index.sampleEvery);
  w.u32(index.salt);
  w.varint(index.ids.length);
  w.varint(index.paragraphWords.length);
  const keysOf: string[][] = index.ids.map(() => []);
  for (const [key, list] of index.addresses) for (const a of list) keysOf[a]!.push(key);
  index.ids.forEach((id, a) => {
    w.string(id);
    w.varint(keysOf[a]!.length);
    for (const key of keysOf[a]!) w.string(key);
    const from = index.paragraphStart[a]!;
    const to = index.paragraphStart[a + 1]!;
    w.varint(to - from);
    for (let p = from; p < to; p++) {
      w.varint(index.paragraphWords[p]!);
      w.u32(index.paragraphHash[p]!);
    }
  });
  const rows = index.postings;
  const rowCount = rows.length / POSTING_FIELDS;
  let fingerprintCount = 0;
  for (let r = 0; r < rowCount; r++) if (r === 0 || rows[r * POSTING_FIELDS] !== rows[(r - 1) * POSTING_FIELDS]) fingerprintCount++;
  w.varint(fingerprintCount);
  w.varint(rowCount);
  let previous = 0;
  for (let r = 0; r < rowCount; ) {
    const h = rows[r * POSTING_FIELDS]!;
    let end = r;
    while (end < rowCount && rows[end * POSTING_FIELDS] === h) end++;
    w.varint(h - previous);
    previous = h;
    w.varint(end - r);
    let article = 0;
    for (; r < end; r++) {
      w.varint(rows[r * POSTING_FIELDS + 1]! - article);
      article = rows[r * POSTING_FIELDS + 1]!;
      w.varint(rows[r * POSTING_FIELDS + 2]!);
    }
  }
  w.varint(index.knownTexts.size);
  for (const [a, texts] of index.knownTexts) {
    if (texts.length !== index.paragraphStart[a + 1]! - index.paragraphStart[a]!) throw new Error(`recognition index: kept texts of article ${a} do not match its paragraphs`);
    w.varint(a);
    for (const text of texts) w.string(text);
  }
  return w.bytes();
}

export function deserializeIndex(bytes: Uint8Array): RecognitionIndex {
  const r = new ByteReader(bytes);
  for (const b of MAGIC) {
    if (r.byte() !== b) throw new Error('recognition index: not a Sourcelight recognition index (bad magic)');
  }
  const format = r.varint();
  if (format !== FORMAT) throw new Error(`recognition index: format ${format} is not supported (expected ${FORMAT}); rebuild the index`);
  const shingleSize = r.varint();
  const sampleEvery = r.varint();
  const salt = r.u32();
  const articleCount = r.varint();
  const paragraphCount = r.varint();
  const ids: string[] = [];
  const addresses = new Map<string, number[]>();
  const paragraphStart = new Uint32Array(articleCount + 1);
  const paragraphWords = new Uint32Array(paragraphCount);
  const paragraphHash = new Uint32Array(paragraphCount);
  let p = 0;
  for (let a = 0; a < articleCount; a++) {
    ids.push(r.string());
    const keyCount = r.varint();
    for (let k = 0; k < keyCount; k++) {
      const key = r.string();
      const list = addresses.get(key) ?? [];
      list.push(a);
      addresses.set(key, list);
    }
    paragraphStart[a] = p;
    const paragraphs = r.varint();
    if (p + paragraphs > paragraphCount) throw new Error('recognition index: more paragraphs than declared (corrupt file)');
    for (let k = 0; k < paragraphs; k++, p++) {
      paragraphWords[p] = r.varint();
      paragraphHash[p] = r.u32();
    }
  }
  paragraphStart[articleCount] = p;

  const fingerprintCount = r.varint();
  const postingCount = r.varint();
  const postings = new Uint32Array(postingCount * POSTING_FIELDS);
  const articleSamples = new Uint32Array(articleCount);
  const paragraphSamples = new Uint32Array(paragraphCount);
  let h = 0;
  let q = 0;
  for (let f = 0; f < fingerprintCount; f++) {
    const delta = r.varint();
    if (f > 0 && delta === 0) throw new Error('recognition index: fingerprints out of order (corrupt file)');
    h += delta;
    if (h > 0xffffffff) throw new Error('recognition index: fingerprint out of range (corrupt file)');
    const count = r.varint();
    if (q + count > postingCount) throw new Error('recognition index: more postings than declared (corrupt file)');
    let article = 0;
    for (let k = 0; k < count; k++, q++) {
      article += r.varint();
      if (article >= articleCount) throw new Error('recognition index: posting names a missing article (corrupt file)');
      const paragraph = r.varint();
      postings[q * POSTING_FIELDS] = h;
      postings[q * POSTING_FIELDS + 1] = article;
      postings[q * POSTING_FIELDS + 2] = paragraph;
      if (paragraph < paragraphStart[article + 1]! - paragraphStart[article]!) {
        articleSamples[article]!++;
        paragraphSamples[paragraphStart[article]! + paragraph]!++;
      }
    }
  }
  if (q !== postingCount) throw new Error('recognition index: fewer postings than declared (corrupt file)');
  const knownTexts = new Map<number, string[]>();
  const kept = r.varint();
  for (let k = 0; k < kept; k++) {
    const a = r.varint();
    if (a >= articleCount || knownTexts.has(a)) throw new Error('recognition index: kept texts name a missing article (corrupt file)');
    const texts: string[] = [];
    for (let p = paragraphStart[a]!; p < paragraphStart[a + 1]!; p++) texts.push(r.string());
    knownTexts.set(a, texts);
  }
  if (!r.done()) throw new Error('recognition index: trailing bytes after the index (corrupt file)');
  return {
    shingleSize,
    sampleEvery,
    salt,
    ids,
    paragraphStart,
    paragraphWords,
    paragraphHash,
    postings,
    directory: postingDirectory(postings),
    articleSamples,
    paragraphSamples,
    addresses,
    knownTexts,
    knownParagraphs: knownParagraphsOf(knownTexts),
  };
}
