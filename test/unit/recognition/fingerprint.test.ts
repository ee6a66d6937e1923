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

  it('gives the same hashes whether or not the text holds a character above U+00FF (two loops, one answer)', () => {
    // A dash or a Cyrillic word sends the whole text through the wide loop; the words before it must hash as in the
    // narrow loop. Generated texts over letters, digits, Latin-1 letters, apostrophes, spaces and punctuation.
    const alphabet = ['a', 'Z', 'q', '7', 'é', 'Ü', 'ß', "'", ' ', ' ', '.', '-', '\u00a0', 'ÿ'];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed;
    };
    for (let t = 0; t < 300; t++) {
      let text = '';
      for (let i = next() % 40; i > 0; i--) text += alphabet[next() % alphabet.length];
      const narrow = wordHashes(text);
      expect(wordHashes(`${text} \u2014`)).toEqual(narrow);
      expect(wordHashes(`${text} \u2014 Россия`)).toEqual([...narrow, ...wordHashes('\u2014 россия')]);
      expect(wordHashes(`${text.replaceAll("'", '\u2019')} \u2014`)).toEqual(narrow);
    }
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
