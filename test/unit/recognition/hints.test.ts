import { describe, expect, it } from 'vitest';
import { addressKeys } from '../../../src/recognition/address-key.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { recognize } from '../../../src/recognition/recognize.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

const corpus = loadCompiledCorpus();
const index = buildRecognitionIndex(corpus.articles);
const lavrov = corpus.articles[0]!;

describe('address keys', () => {
  it('agree across host renames, AMP, print and query strings', () => {
    const key = addressKeys('https://sputniknews.com/20080927/117172470.html');
    for (const variant of [
      'https://sputnikglobe.com/20080927/117172470.html',
      'https://sputniknews.com/amp/20080927/117172470.html?utm_source=x',
      'https://sputniknews.com/20080927/117172470.amp.html#comments',
      'https://en.rian.ru/russia/20080927/117172470.html',
    ]) {
      expect(addressKeys(variant).some((k) => key.includes(k))).toBe(true);
    }
    expect(addressKeys('not a url')).toEqual([]);
  });
});

describe('address hints', () => {
  it('flags a known address but never makes a match on their own', () => {
    const url = 'https://sputnikglobe.com/amp/20080927/117172470.html';
    expect(recognize(index, { paragraphs: lavrov.paragraphs }, { url })).toMatchObject({ corpusId: lavrov.id, addressMatched: true });
    expect(recognize(index, { paragraphs: lavrov.paragraphs })).toMatchObject({ corpusId: lavrov.id, addressMatched: false });
    // The right address with other content: content decides.
    const other = { paragraphs: ['Menu', 'The weather in Moscow will stay warm for the rest of the week, forecasters said on Friday, with no rain expected until Tuesday.'] };
    expect(recognize(index, other, { url })).toBeNull();
    // The wrong article's address does not change which article the content is.
    const wrongUrl = corpus.articles[2]!.addresses[0]!;
    expect(recognize(index, { paragraphs: lavrov.paragraphs }, { url: wrongUrl })?.corpusId).toBe(lavrov.id);
  });
});
