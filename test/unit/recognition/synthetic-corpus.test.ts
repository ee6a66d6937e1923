// Scale and precision on the deterministic synthetic corpus (2,000 articles
// here to keep the unit suite fast; the benchmark uses 10,000).
import { describe, expect, it } from 'vitest';
import { generateSyntheticCorpus } from '../../../scripts/generate-synthetic-corpus.ts';
import { deserializeIndex, serializeIndex } from '../../../src/recognition/index-codec.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { recognize } from '../../../src/recognition/recognize.ts';

const articles = generateSyntheticCorpus(2000);
const bytes = serializeIndex(buildRecognitionIndex(articles));
const index = deserializeIndex(bytes);

describe('synthetic corpus', () => {
  it('is deterministic', () => {
    expect(generateSyntheticCorpus(50)).toEqual(generateSyntheticCorpus(50));
    expect(generateSyntheticCorpus(50, 7)).not.toEqual(generateSyntheticCorpus(50));
  });

  it('indexes in well under 500 bytes per article (10,000 fit in 5 MB)', () => {
    expect(bytes.length / articles.length).toBeLessThan(500);
  });

  it('recognises its articles, nearly all their 40% previews, and never as another article', () => {
    let previews = 0;
    let recognised = 0;
    for (let i = 0; i < articles.length; i += 7) {
      const a = articles[i]!;
      expect(recognize(index, { paragraphs: a.paragraphs })?.corpusId).toBe(a.id);
      const words = a.paragraphs.join('\n\n').split(' ');
      const preview = recognize(index, { paragraphs: [words.slice(0, Math.floor(words.length * 0.4)).join(' ')] });
      previews++;
      if (preview) {
        expect(preview.corpusId).toBe(a.id);
        recognised++;
      }
    }
    // Sampling one shingle in eight leaves short articles' previews near the 25% coverage floor.
    expect(recognised / previews).toBeGreaterThan(0.97);
  });

  it('never takes a story that reuses two paragraphs of another for that other story', () => {
    const reusers = articles.filter((a) => a.reusesFrom);
    expect(reusers.length).toBeGreaterThan(50);
    for (const a of reusers) expect(recognize(index, { paragraphs: a.paragraphs })?.corpusId).toBe(a.id);
  });
});
