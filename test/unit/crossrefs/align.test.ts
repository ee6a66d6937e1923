import { describe, expect, it } from 'vitest';
import { alignPassages } from '../../../src/crossrefs/index.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

describe('alignPassages', () => {
  it('finds a verbatim run with offsets into both strings, across typography and case', () => {
    const a = 'Intro words here. Russia and NATO “could not afford to have poor relations” this week, he said.';
    const b = 'Other text. RUSSIA AND NATO "could not afford to have poor relations" — so they met.';
    const [p, ...rest] = alignPassages(a, b);
    expect(rest).toEqual([]);
    expect(p!.kind).toBe('verbatim');
    expect(a.slice(p!.aStart, p!.aEnd)).toBe('Russia and NATO “could not afford to have poor relations');
    expect(b.slice(p!.bStart, p!.bEnd)).toBe('RUSSIA AND NATO "could not afford to have poor relations');
  });

  it('orders passages by position in the first text and finds each repeated run', () => {
    const shared1 = 'the quick brown fox jumps over the lazy dog';
    const shared2 = 'pack my box with five dozen liquor jugs';
    const a = `${shared1}. Unrelated middle part. ${shared2}.`;
    const b = `${shared2}. Something else entirely. ${shared1}.`;
    const found = alignPassages(a, b).filter((p) => p.kind === 'verbatim');
    expect(found.map((p) => a.slice(p.aStart, p.aEnd))).toEqual([shared1, shared2]);
    expect(found.map((p) => b.slice(p.bStart, p.bEnd))).toEqual([shared1, shared2]);
  });

  it('does not align texts that share only short phrases', () => {
    expect(alignPassages('NATO and Russia met in Brussels.', 'Russia and NATO disagree in Brussels today.')).toEqual([]);
  });

  it('finds a paraphrase: same content words, different wording', () => {
    const a = 'Medvedev unveiled his draft European security treaty on Sunday in Moscow.';
    const b = 'On Sunday Moscow published the draft treaty on European security that Medvedev proposed.';
    const [p] = alignPassages(a, b);
    expect(p!.kind).toBe('paraphrase');
    expect(p!.score).toBeGreaterThanOrEqual(0.5);
    expect(p!.score).toBeLessThan(1);
  });

  it('aligns the Medvedev treaty passages of 002 and 003 (different outlets, no copied text)', () => {
    const articles = loadCompiledCorpus().articles;
    const a = articles.find((x) => x.file.startsWith('002'))!.text;
    const b = articles.find((x) => x.file.startsWith('003'))!.text;
    const found = alignPassages(a, b);
    expect(found.filter((p) => p.kind === 'verbatim')).toEqual([]);
    const para = found.filter((p) => p.kind === 'paraphrase');
    expect(para.length).toBeGreaterThan(0);
    expect(para.some((p) => /European security pact/.test(a.slice(p.aStart, p.aEnd)) && /draft European security treaty/.test(b.slice(p.bStart, p.bEnd)))).toBe(true);
    // Lowering the threshold finds more, never fewer.
    expect(alignPassages(a, b, { paraphraseThreshold: 0.3, minSharedContentWords: 3 }).length).toBeGreaterThanOrEqual(found.length);
  });

  it('finds the passage 003 repeats from its own shot list (a real verbatim run)', () => {
    const articles = loadCompiledCorpus().articles;
    const b = articles.find((x) => x.file.startsWith('003'))!.text;
    const quote = 'In the Russian draft there is absolutely no attempt to try and acquire a veto over the activities of NATO.';
    const [p] = alignPassages(`LAVROV SAYING: "${quote}"`, b);
    expect(p!.kind).toBe('verbatim');
    expect(b.slice(p!.bStart, p!.bEnd)).toBe(quote.slice(0, -1));
  });
});
