import { describe, expect, it } from 'vitest';
import { deserializeIndex, serializeIndex } from '../../../src/recognition/index-codec.ts';
import { buildRecognitionIndex, firstPosting, POSTING_FIELDS } from '../../../src/recognition/recognition-index.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

const index = buildRecognitionIndex(loadCompiledCorpus().articles);

describe('index codec', () => {
  it('round-trips every field', () => {
    const back = deserializeIndex(serializeIndex(index));
    expect(back.ids).toEqual(index.ids);
    expect(back.sampleEvery).toBe(index.sampleEvery);
    expect(back.shingleSize).toBe(index.shingleSize);
    expect(back.salt).toBe(index.salt);
    expect(back.directory.bits).toBe(index.directory.bits);
    expect(Array.from(back.directory.start)).toEqual(Array.from(index.directory.start));
    for (const key of ['paragraphStart', 'paragraphWords', 'paragraphHash', 'postings', 'articleSamples', 'paragraphSamples'] as const) {
      expect(Array.from(back[key])).toEqual(Array.from(index[key]));
    }
    expect([...back.addresses.entries()].sort()).toEqual([...index.addresses.entries()].sort());
  });

  it('keeps a non-zero salt', () => {
    const salted = buildRecognitionIndex(loadCompiledCorpus().articles, { salt: 0xdeadbeef });
    const back = deserializeIndex(serializeIndex(salted));
    expect(back.salt).toBe(0xdeadbeef);
    expect(Array.from(back.postings)).toEqual(Array.from(salted.postings));
    expect(Array.from(back.postings)).not.toEqual(Array.from(index.postings));
  });

  it('finds the first posting of every fingerprint through the directory, and nothing for others', () => {
    const dense = deserializeIndex(serializeIndex(buildRecognitionIndex(loadCompiledCorpus().articles, { sampleEvery: 1 })));
    expect(dense.directory.bits).toBeGreaterThan(4);
    const rows = dense.postings;
    const present = new Set<number>();
    for (let r = 0; r < rows.length / POSTING_FIELDS; r++) {
      const h = rows[r * POSTING_FIELDS]!;
      if (r === 0 || rows[(r - 1) * POSTING_FIELDS] !== h) expect(firstPosting(dense, h)).toBe(r);
      present.add(h);
    }
    let absent = 0;
    for (let h = 7; absent < 2000; h = (Math.imul(h, 0x9e3779b1) + 1) >>> 0) {
      if (present.has(h)) continue;
      expect(firstPosting(dense, h)).toBe(-1);
      absent++;
    }
  });

  it('is compact: a few bytes per indexed fingerprint', () => {
    const bytes = serializeIndex(index);
    expect(bytes.length).toBeLessThan((index.postings.length / POSTING_FIELDS) * 6 + index.paragraphHash.length * 6 + 1024);
  });

  it('rejects foreign, truncated and padded data with a clear error', () => {
    const bytes = serializeIndex(index);
    expect(() => deserializeIndex(new TextEncoder().encode('{"json": true}'))).toThrow(/not a Sourcelight recognition index/);
    expect(() => deserializeIndex(bytes.slice(0, bytes.length - 7))).toThrow(/truncated or corrupt/);
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes);
    expect(() => deserializeIndex(padded)).toThrow(/trailing bytes/);
  });

  it('refuses articles with the same id', () => {
    expect(() => buildRecognitionIndex([{ id: 'a', paragraphs: ['x'] }, { id: 'a', paragraphs: ['y'] }])).toThrow(/duplicate article id "a"/);
  });
});
