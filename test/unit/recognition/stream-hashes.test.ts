import { describe, expect, it } from 'vitest';
import { PARAGRAPH_BASE, SHINGLE_SIZE, isSampled, shingleHash, wordHashes } from '../../../src/recognition/fingerprint.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { betterRecognition, recognitionCandidates, recognize, recognizeInAny } from '../../../src/recognition/recognize.ts';
import { StreamHashes, appendStreamHashes } from '../../../src/recognition/stream-hashes.ts';
import type { PageText } from '../../../src/recognition/types.ts';

/** What the recogniser computed in three passes before stream-hashes.ts: the words, their prefix hashes, the sampled shingles. */
function threePasses(paragraphs: readonly string[], salt: number, every: number) {
  const words = paragraphs.flatMap((p) => wordHashes(p));
  const prefix = [0];
  let running = 0;
  for (const w of words) {
    running = (Math.imul(running, PARAGRAPH_BASE) + w) | 0;
    prefix.push(running);
  }
  const at: number[] = [];
  const hash: number[] = [];
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) {
    const h = shingleHash(words, i, SHINGLE_SIZE, salt);
    if (isSampled(h, every)) {
      at.push(i);
      hash.push(h | 0);
    }
  }
  return { prefix, at, hash };
}

function onePass(paragraphs: readonly string[], salt: number, every: number, stream = new StreamHashes()) {
  stream.reset(salt, every);
  for (const p of paragraphs) appendStreamHashes(p, stream);
  return {
    prefix: Array.from(stream.prefix.subarray(0, stream.length + 1)),
    at: Array.from(stream.sampleAt.subarray(0, stream.sampleCount)),
    hash: Array.from(stream.sampleHash.subarray(0, stream.sampleCount)),
  };
}

function generator(seed: number) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s;
  };
}

describe('appendStreamHashes', () => {
  it('gives the prefix hashes and sampled shingles of the three passes it replaces, on generated paragraphs', () => {
    // ASCII, Latin-1 and Cyrillic letters, a letter whose lower case is two units (İ), digits, straight and curly
    // apostrophes, dashes, no-break and ordinary spaces, punctuation; one stream reused across texts, as in recognize.
    const alphabet = ['a', 'Z', 'q', '7', 'é', 'Ü', 'ß', 'İ', 'ж', 'Я', "'", '\u2019', ' ', ' ', ' ', '.', '-', '\u2014', '\u00a0', 'ÿ', '“'];
    const next = generator(11);
    const stream = new StreamHashes();
    for (let t = 0; t < 300; t++) {
      const paragraphs: string[] = [];
      for (let p = next() % 6; p >= 0; p--) {
        let text = '';
        // Some paragraphs pure ASCII (the narrow loop), the rest drawn from every unit above (mostly the wide one).
        const letters = next() % 2 === 0 ? alphabet.slice(0, 4).concat([' ', ' ', "'", '.']) : alphabet;
        for (let i = next() % 120; i > 0; i--) text += letters[next() % letters.length];
        paragraphs.push(text);
      }
      for (const [salt, every] of [
        [0, 8],
        [0x9e3779b9, 8],
        [5, 3],
        [0, 1],
      ] as const) {
        expect(onePass(paragraphs, salt, every, stream)).toEqual(threePasses(paragraphs, salt, every));
      }
    }
  });

  it('ends and continues words as wordHashes does at every UTF-16 code unit', () => {
    const stream = new StreamHashes();
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      const paragraphs = [`ab${unit}cd e`, `${unit}x${unit}`, `don${unit}t`, `x'${unit}y`];
      expect(onePass(paragraphs, 0, 1, stream)).toEqual(threePasses(paragraphs, 0, 1));
    }
  });

  it('grows its buffers for a long paragraph where every shingle is sampled', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const result = onePass([text, 'and more words after it'], 0, 1);
    expect(result.at.length).toBe(5000 + 5 - SHINGLE_SIZE + 1);
    expect(result).toEqual(threePasses([text, 'and more words after it'], 0, 1));
  });
});

describe('recognition from the one-pass stream', () => {
  const article = (id: string, seed: number) => {
    const next = generator(seed);
    const vocabulary = ['minister', 'talks', 'said', 'on', 'the', 'treaty', 'forces', 'Moscow', 'alliance', 'week', 'would', 'not', 'agree', 'to', 'a', 'new', 'plan', 'by', 'spring', 'officials'];
    const paragraphs = Array.from({ length: 8 }, () => `${Array.from({ length: 30 + (next() % 20) }, () => vocabulary[next() % vocabulary.length]).join(' ')}.`);
    return { id, paragraphs };
  };
  const articles = [article('a', 1), article('b', 2), article('c', 3)];
  const pages: PageText[] = [
    { paragraphs: ['Home News World', ...articles[0]!.paragraphs, 'Read also', 'Comments'] },
    { paragraphs: articles[1]!.paragraphs.slice(0, 4) },
    { paragraphs: [...articles[2]!.paragraphs.slice(0, 3), 'A paragraph of the page’s own about something else entirely, long enough to count as story text here.', ...articles[0]!.paragraphs] },
  ];

  it('decides alike when indexes sampled with different salts share the page stream (the later ones sample it again)', () => {
    const salted = buildRecognitionIndex(articles, { salt: 0x2545f491 });
    const plain = buildRecognitionIndex(articles);
    const sparse = buildRecognitionIndex(articles, { sampleEvery: 5 });
    for (const page of pages) {
      const each = [plain, salted, sparse].map((index) => recognize(index, page));
      expect(each[0]).not.toBeNull();
      expect(recognizeInAny([plain, salted, sparse], page)).toEqual(each.reduce(betterRecognition, null));
      expect(recognizeInAny([sparse, plain], page)).toEqual(betterRecognition(each[2]!, each[0]!));
      expect(recognitionCandidates([salted, plain], page)).toEqual([
        ...recognitionCandidates([salted], page),
        ...recognitionCandidates([plain], page),
      ]);
    }
  });
});
