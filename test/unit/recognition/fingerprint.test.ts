import { describe, expect, it } from 'vitest';
import { findSequence, sequenceHash, wordHashes } from '../../../src/recognition/fingerprint.ts';
import { words } from '../../../src/text/normalize.ts';

describe('wordHashes', () => {
  it('splits words as normalize.ts words() does, folding case and typography', () => {
    const text = 'NATO’s “reset” — Lavrov\u2019s 29 Nations, état-major; rock\'n\'roll ’quoted’ Россия 2009!';
    expect(wordHashes(text).length).toBe(words(text).length);
    expect(wordHashes('NATO’s “Reset” – said')).toEqual(wordHashes('nato\'s "reset" - SAID'));
    expect(wordHashes('état Россия')).toEqual(wordHashes('ÉTAT РОССИЯ'));
    expect(wordHashes('a b')).not.toEqual(wordHashes('ab'));
  });
});

describe('findSequence', () => {
  it('finds a run of words anywhere in a stream, and only that run', () => {
    const stream = wordHashes('menu home the quick brown fox jumps over the lazy dog footer');
    const run = wordHashes('brown fox jumps');
    const target = sequenceHash(run, 0, run.length);
    expect(findSequence(stream, 0, stream.length, run.length, target)).toBe(true);
    expect(findSequence(stream, 5, stream.length, run.length, target)).toBe(false);
    const other = wordHashes('brown fox leaps');
    expect(findSequence(stream, 0, stream.length, 3, sequenceHash(other, 0, 3))).toBe(false);
  });
});
