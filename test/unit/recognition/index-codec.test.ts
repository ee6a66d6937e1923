import { describe, expect, it } from 'vitest';
import { deserializeIndex, serializeIndex } from '../../../src/recognition/index-codec.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

const index = buildRecognitionIndex(loadCompiledCorpus().articles);

describe('index codec', () => {
  it('round-trips every field', () => {
    const back = deserializeIndex(serializeIndex(index));
    expect(back.ids).toEqual(index.ids);
    expect(back.sampleEvery).toBe(index.sampleEvery);
    expect(back.shingleSize).toBe(index.shingleSize);
    for (const key of ['paragraphStart', 'paragraphWords', 'paragraphHash', 'fingerprints', 'postingStart', 'postingArticle', 'postingParagraph', 'articleSamples'] as const) {
      expect(Array.from(back[key])).toEqual(Array.from(index[key]));
    }
    expect([...back.addresses.entries()].sort()).toEqual([...index.addresses.entries()].sort());
  });

  it('is compact: a few bytes per indexed fingerprint', () => {
    const bytes = serializeIndex(index);
    expect(bytes.length).toBeLessThan(index.postingArticle.length * 6 + index.paragraphHash.length * 6 + 1024);
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
