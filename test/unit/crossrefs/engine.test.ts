import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCrossReferenceIndex } from '../../../src/crossrefs/index.ts';
import type { CompiledArticle } from '../../../src/corpus/types.ts';
import { CORPUS_DIR, loadCompiledCorpus } from '../helpers/corpus.ts';

interface Curated {
  sameEvent: { date: string; articles: string[] }[];
  threads: { id: string; keys: string[]; members: string[] }[];
  sameClaims: { articles: string[]; passagesMatch: string }[];
}
const curated = JSON.parse(readFileSync(`${CORPUS_DIR}curated-events.json`, 'utf8')) as Curated;
const articles = loadCompiledCorpus().articles;
const index = buildCrossReferenceIndex(articles);
const pairKey = (a: string, b: string) => [a, b].sort().join(' + ');

describe('cross-reference engine on the corpus', () => {
  it('finds exactly the curated same-event pairs, on the curated date', () => {
    const found = index.sameEventPairs.map((p) => pairKey(p.a, p.b));
    expect(found.sort()).toEqual(curated.sameEvent.map((e) => pairKey(e.articles[0]!, e.articles[1]!)).sort());
    for (const e of curated.sameEvent) {
      const pair = index.sameEventPairs.find((p) => pairKey(p.a, p.b) === pairKey(e.articles[0]!, e.articles[1]!))!;
      expect(pair.match.eventDate).toBe(e.date);
    }
  });

  it.each(curated.threads.map((t) => [t.id, t] as const))('finds the thread %s with exactly its members', (_id, t) => {
    const thread = index.threads.find((x) => x.keys.some((k) => t.keys.includes(k)));
    expect(thread, `no engine thread has any of ${t.keys.join(', ')}`).toBeDefined();
    expect(thread!.members).toEqual(articles.map((a) => a.id).filter((id) => t.members.includes(id)));
  });

  it('keeps the curated threads apart (no two curated topics in one engine thread)', () => {
    const owners = curated.threads.map((t) => index.threads.find((x) => x.keys.some((k) => t.keys.includes(k)))!.id);
    expect(new Set(owners).size).toBe(owners.length);
  });

  it('needs at least two articles per thread and labels each readably', () => {
    for (const t of index.threads) {
      expect(t.members.length).toBeGreaterThanOrEqual(2);
      expect(t.label).toMatch(/\p{L}{3}/u);
    }
  });

  it('links the same claim about the security treaty across the curated articles', () => {
    for (const c of curated.sameClaims) {
      const re = new RegExp(c.passagesMatch, 'i');
      for (const a of c.articles) {
        for (const b of c.articles) {
          if (a === b) continue;
          const pairs = index.crossReferencesFor(a).sameClaims.filter((p) => p.b.articleId === b);
          expect(pairs.some((p) => re.test(p.a.text) && re.test(p.b.text)), `${a} → ${b}`).toBe(true);
        }
      }
    }
  });

  it('gives claim passages offsets into each article text', () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const a of articles) {
      for (const p of index.crossReferencesFor(a.id).sameClaims) {
        expect(p.a.articleId).toBe(a.id);
        expect(byId.get(p.a.articleId)!.text.slice(p.a.start, p.a.end)).toBe(p.a.text);
        expect(byId.get(p.b.articleId)!.text.slice(p.b.start, p.b.end)).toBe(p.b.text);
      }
    }
  });

  it('returns refs with outlet, date, headline and addresses, never the article itself', () => {
    const id = curated.sameEvent[0]!.articles[0]!;
    const refs = index.crossReferencesFor(id);
    const other = refs.sameEvent[0]!;
    expect(other.id).toBe(curated.sameEvent[0]!.articles[1]);
    expect(other.outlet).toBe('reuters');
    expect(other.date).toBe('2009-12-05');
    expect(other.headline).toMatch(/NATO and Russia sign agreement/);
    expect(other.addresses).toEqual(['https://reuters.screenocean.com/record/741340']);
    for (const t of refs.threads) expect(t.refs.map((r) => r.id)).not.toContain(id);
  });

  it('throws a readable error for an unknown id or duplicate ids', () => {
    expect(() => index.crossReferencesFor('nope')).toThrow(/no article "nope"/);
    expect(() => buildCrossReferenceIndex([articles[0]!, articles[0]!])).toThrow(/duplicate article id/);
  });
});

describe('an article added later gets cross-references from the engine', () => {
  const paragraphs = [
    'BRUSSELS, December 4 (Example Wire) - Foreign ministers of NATO and Russia met on Friday for the first formal session of the NATO-Russia Council since the war in Georgia.',
    'Secretary General Anders Fogh Rasmussen said the council agreed to review common threats, while Russian Foreign Minister Sergei Lavrov pressed the Kremlin draft of a European security treaty.',
    'Both sides pledged to widen cooperation on Afghanistan, including transit and the fight against drug trafficking.',
    'Differences remain over Kosovo, which declared independence from Serbia, and over Ukraine and its hopes of joining the alliance.',
    'Dmitry Medvedev first proposed the European security treaty in June 2008.',
  ];
  const added: CompiledArticle = {
    id: 'example-2009-12-04-ministers-meet',
    file: 'example.txt',
    outlet: 'reuters',
    headline: 'NATO and Russia ministers meet in Brussels',
    dateline: { place: 'BRUSSELS', text: 'BRUSSELS, December 4 (Example Wire)' },
    dates: { published: { date: '2009-12-04', how: 'test' } },
    addresses: ['https://example.org/2009/12/04/ministers'],
    origin: { kind: 'wire', name: 'Example Wire', note: 'test' },
    paragraphs,
    text: paragraphs.join('\n\n'),
  };
  const grown = buildCrossReferenceIndex([...articles, added]);
  const refs = grown.crossReferencesFor(added.id);
  const byFile = (prefix: string) => articles.find((a) => a.file.startsWith(prefix))!.id;

  it('is the same event as the 002 preview and the 003 report, and nothing else', () => {
    expect(refs.sameEvent.map((r) => r.id).sort()).toEqual([byFile('002'), byFile('003')].sort());
    expect(refs.sameEvent.every((r) => r.eventDate === '2009-12-04')).toBe(true);
  });

  it('joins the threads it shares with the corpus', () => {
    const threadOf = (key: string) => grown.threads.find((t) => t.keys.includes(key));
    for (const key of ['afghanistan', 'kosovo', 'european security', 'ukraine']) {
      expect(threadOf(key)?.members, key).toContain(added.id);
    }
    expect(threadOf('kosovo')!.members).toEqual([byFile('001'), byFile('003'), added.id]);
    expect(refs.threads.length).toBeGreaterThanOrEqual(4);
  });

  it('links its treaty claim to the corpus articles that make it', () => {
    const linked = new Set(refs.sameClaims.filter((p) => /treaty|pact/i.test(p.a.text) && /treaty|pact/i.test(p.b.text)).map((p) => p.b.articleId));
    expect(linked.has(byFile('000'))).toBe(true);
    expect(linked.has(byFile('002'))).toBe(true);
  });

  it('leaves the old same-event pairs as they were', () => {
    const old = grown.sameEventPairs.filter((p) => p.a !== added.id && p.b !== added.id).map((p) => pairKey(p.a, p.b));
    expect(old).toEqual(index.sameEventPairs.map((p) => pairKey(p.a, p.b)));
  });
});
