import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpusPack } from '../../../src/corpus/ingest/corpus-pack.ts';
import { ingestArticle } from '../../../src/corpus/ingest/ingest-article.ts';
import { type ArticleDifferences, compareArticles, MIN_SENTENCE_WORDS } from '../../../src/crossrefs/compare-articles.ts';
import { extractStatements } from '../../../src/statements/extract.ts';
import { buildPersonDirectory } from '../../../src/statements/people.ts';
import type { Statement } from '../../../src/statements/types.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { loadCoverageSet } from './coverage-set.ts';

const pkg = loadCorpusPackage();
const byFile = (prefix: string) => pkg.articles.find((a) => a.file.startsWith(prefix))!;
/** A corpus article as the compare view has it: its text and its shipped statements. */
const shipped = (prefix: string) => {
  const article = byFile(prefix);
  return { text: article.text, statements: pkg.extras[article.id]!.statements };
};
/** Any two texts, with statements from the engine over both texts' names. */
function comparePlain(a: string, b: string): ArticleDifferences {
  const people = buildPersonDirectory([a, b]);
  return compareArticles({ text: a, statements: extractStatements(a, { people }) }, { text: b, statements: extractStatements(b, { people }) });
}
const names = (d: ArticleDifferences, side: 'a' | 'b') => d[side].speakers.filter((s) => s.group === 'named').map((s) => s.name);
const only = (d: ArticleDifferences, side: 'a' | 'b') => d[side].onlyHere.map((s) => s.text);

describe('compareArticles on the corpus', () => {
  it('002 (Sputnik preview) vs 003 (Reuters record): who each quotes, and what only each reports', () => {
    const d = compareArticles(shipped('002'), shipped('003'));
    expect(names(d, 'a')).toEqual(['Dmitry Rogozin', 'James Appathurai']);
    expect(d.a.speakers.find((s) => s.group === 'unnamed')?.count).toBeGreaterThan(0);
    expect(names(d, 'b')).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Anders Fogh Rasmussen', 'Dmitry Medvedev']));
    expect(names(d, 'b')).not.toContain('Dmitry Rogozin');
    // Nobody is quoted in both: the preview quotes Rogozin and NATO's spokesman, the record the ministers.
    expect([...d.a.speakers, ...d.b.speakers].filter((s) => s.inBoth)).toEqual([]);
    expect(only(d, 'a')).toEqual(expect.arrayContaining([expect.stringMatching(/^Rogozin said earlier that the Canadian delegation had blocked/)]));
    expect(only(d, 'b')).toEqual(expect.arrayContaining([expect.stringMatching(/^Lavrov denied that Russia was trying to stop NATO's enlargement/)]));
    // Different reports of the same week: no sentence of one is in the other.
    expect(d.a.onlyHere.length).toBe(d.a.sentences.length);
    expect(d.b.onlyHere.length).toBe(d.b.sentences.length);
  });

  it('offsets slice the texts given, and every sentence is either shared or only here, on every pair of the five', () => {
    for (const x of pkg.articles) {
      for (const y of pkg.articles) {
        if (x === y) continue;
        const d = compareArticles(shipped(x.file.slice(0, 3)), shipped(y.file.slice(0, 3)));
        for (const [side, text] of [['a', x.text], ['b', y.text]] as const) {
          for (const s of d[side].sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(d[side].onlyHere).toEqual(d[side].sentences.filter((s) => s.match === null));
          expect(d[side].sentences.length).toBeGreaterThan(3);
        }
      }
    }
  });

  it('names the same person once across both articles: Lavrov is quoted in 000 (2008) and 004 (2010)', () => {
    const d = compareArticles(shipped('000'), shipped('004'));
    const lavrovA = d.a.speakers.filter((s) => /Lavrov/.test(s.name));
    const lavrovB = d.b.speakers.filter((s) => /Lavrov/.test(s.name));
    expect(lavrovA).toHaveLength(1);
    expect(lavrovB).toHaveLength(1);
    expect(lavrovA[0]!.name).toBe(lavrovB[0]!.name);
    expect(lavrovA[0]!.inBoth).toBe(true);
    expect(lavrovA[0]!.count).toBeGreaterThan(3);
  });

  it('an article against its own paragraphs in reverse order: nothing is only in one of them', () => {
    for (const article of pkg.articles) {
      const reordered = [...article.paragraphs].reverse().join('\n\n');
      const d = comparePlain(article.text, reordered);
      expect(only(d, 'a'), article.id).toEqual([]);
      expect(only(d, 'b'), article.id).toEqual([]);
      expect(d.a.sentences.every((s) => s.match === 'verbatim')).toBe(true);
    }
  });
});

describe('compareArticles, sentence rules', () => {
  const base = [
    'Russian Foreign Minister Sergei Lavrov met NATO ministers in Brussels on Friday.',
    'The council agreed to launch a joint review of common security challenges.',
    'Ministers also discussed transit of cargo to Afghanistan and the fight against piracy.',
  ];

  it('a sentence moved elsewhere is shared; a near-identical one (a word changed) is shared as near', () => {
    const other = [base[2]!, base[0]!.replace('on Friday', 'on Thursday'), base[1]!].join(' ');
    const d = comparePlain(base.join(' '), other);
    expect(only(d, 'a')).toEqual([]);
    expect(d.a.sentences.map((s) => s.match)).toEqual(['near', 'verbatim', 'verbatim']);
  });

  it('a sentence found word for word inside a longer one is shared; one split in two with a word changed is near', () => {
    const longer = comparePlain(base[2]!, `Officials said that ${base[2]!.toLowerCase().replace(/\.$/, '')} over lunch.`);
    expect(longer.a.sentences[0]!.match).toBe('verbatim');
    const split = comparePlain(base[2]!, 'Ministers also discussed transit of cargo to Afghanistan. They also took up the fight against piracy.');
    expect(split.a.sentences[0]!.match).toBe('near');
  });

  it('a reworded sentence and a new one are only in their article', () => {
    const reworded = 'The two sides decided to review together the threats they both face.';
    const added = 'Georgia and Ukraine were not on the agenda of the session, a diplomat said.';
    const d = comparePlain(base.join(' '), [base[0], reworded, base[2], added].join(' '));
    expect(only(d, 'a')).toEqual([base[1]]);
    expect(only(d, 'b')).toEqual([reworded, added]);
  });

  it(`leaves out sentences under ${MIN_SENTENCE_WORDS} words (datelines, bylines)`, () => {
    const d = comparePlain(`By staff.\n\n${base[0]}`, base[0]!);
    expect(d.a.sentences.map((s) => s.text)).toEqual([base[0]]);
  });

  it('Lavrov in one text and Sergei Lavrov in the other are one speaker, quoted in both', () => {
    const d = comparePlain('"We are ready to talk," Sergei Lavrov said in Brussels.', '"The talks were useful," Lavrov told reporters on Friday.');
    expect(names(d, 'a')).toEqual(['Sergei Lavrov']);
    expect(names(d, 'b')).toEqual(['Sergei Lavrov']);
    expect(d.a.speakers[0]!.inBoth).toBe(true);
  });

  it('a speaker one article names only by surname is listed under the full name the other gives', () => {
    const statement = (speaker: string): Statement => ({ kind: 'direct', text: 'We are ready', speaker, anonymous: false, speakerKind: 'person', start: 0, end: 12 });
    // Each article's statements as the engine found them on its own: the second never gives the first name.
    const d = compareArticles(
      { text: 'We are ready, Sergei Lavrov said.', statements: [statement('Sergei Lavrov')] },
      { text: 'We are ready, Lavrov said. We are ready, Rogozin said.', statements: [statement('Lavrov'), statement('Lavrov'), statement('Rogozin')] },
    );
    expect(d.b.speakers).toEqual([
      expect.objectContaining({ name: 'Sergei Lavrov', count: 2, statements: [0, 1], inBoth: true }),
      expect.objectContaining({ name: 'Rogozin', count: 1, inBoth: false }),
    ]);
    expect(d.a.speakers).toEqual([expect.objectContaining({ name: 'Sergei Lavrov', inBoth: true })]);
  });

  it('a surname two people share is left as written', () => {
    const statement = (speaker: string): Statement => ({ kind: 'indirect', text: 'x', speaker, anonymous: false, start: 0, end: 1 });
    const one = compareArticles({ text: 'x', statements: [statement('Dmitry Medvedev')] }, { text: 'y', statements: [statement('Medvedev')] });
    expect(names(one, 'b')).toEqual(['Dmitry Medvedev']);
    const two = compareArticles({ text: 'x', statements: [statement('Dmitry Medvedev'), statement('Olga Medvedev')] }, { text: 'y', statements: [statement('Medvedev')] });
    expect(names(two, 'b')).toEqual(['Medvedev']);
    expect(two.b.speakers[0]!.inBoth).toBe(false);
  });

  it('anonymous and unidentified speakers are grouped apart from named people, after them', () => {
    const s = (speaker: string | null, anonymous: boolean): Statement => ({ kind: 'indirect', text: 'x', speaker, anonymous, start: 0, end: 1 });
    const d = compareArticles({ text: 'x', statements: [s(null, true), s('Dmitry Rogozin', false), s(null, false), s(null, true)] }, { text: 'y', statements: [] });
    expect(d.a.speakers.map((x) => [x.group, x.count])).toEqual([['named', 1], ['unnamed', 2], ['unidentified', 1]]);
  });
});

describe('compareArticles on added coverage', () => {
  it('a republished copy differs from its original by the headline at most (fixtures/coverage, both sets)', () => {
    let pairs = 0;
    for (const set of ['dev', 'test'] as const) {
      const { articles, labels } = loadCoverageSet(set);
      for (const copy of articles) {
        const originalId = labels.get(copy.id)?.copyOf;
        if (!originalId) continue;
        const original = articles.find((a) => a.id === originalId)!;
        const d = comparePlain(original.text, copy.text);
        pairs += 1;
        for (const side of ['a', 'b'] as const) {
          expect(d[side].onlyHere.length, `${copy.id} ${side}`).toBeLessThanOrEqual(2);
          expect(d[side].sentences.length - d[side].onlyHere.length, `${copy.id} ${side}`).toBeGreaterThanOrEqual(4);
        }
      }
    }
    expect(pairs).toBe(4);
  });

  it('a different report of the same event shares speakers but not sentences (Interfax pack vs Reuters 003)', () => {
    const path = fileURLToPath(new URL('../../../fixtures/growing-corpus/interfax-2009-12-04.jsonl', import.meta.url));
    const [extracted] = readCorpusPack(readFileSync(path, 'utf8'), 'interfax-2009-12-04.jsonl');
    const interfax = ingestArticle(extracted!);
    const reuters = byFile('003');
    const d = comparePlain(interfax.text, reuters.text);
    const both = d.a.speakers.filter((s) => s.inBoth).map((s) => s.name);
    expect(both).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Anders Fogh Rasmussen']));
    expect(d.a.speakers.find((s) => s.name === 'Dmitry Rogozin')?.inBoth).toBe(false);
    expect(only(d, 'a')).toEqual(expect.arrayContaining([expect.stringMatching(/nothing in our draft that would give anyone a veto/)]));
    expect(d.a.onlyHere.length).toBe(d.a.sentences.length);
  });

  it('the Russian report and its portal copy: Cyrillic sentences compared the same way', () => {
    const { articles } = loadCoverageSet('test');
    const ria = articles.find((a) => a.id === 't03-ria-ru-nrc')!;
    const nato = articles.find((a) => a.id === 't02-nato-release-nrc')!;
    const d = comparePlain(ria.text, nato.text);
    expect(d.a.sentences.length).toBeGreaterThan(3);
    expect(d.a.onlyHere.length).toBe(d.a.sentences.length);
  });
});
