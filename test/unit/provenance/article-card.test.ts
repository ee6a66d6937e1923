import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CompiledArticle } from '../../../src/corpus/types.ts';
import { articleCard, detectAnonymousSourcing, detectPageSignals, loadProvenanceData } from '../../../src/provenance/index.ts';
import type { ArticleCard, CardFact } from '../../../src/provenance/index.ts';
import { CORPUS_DIR, loadCompiledCorpus } from '../helpers/corpus.ts';

const data = loadProvenanceData(
  JSON.parse(readFileSync(`${CORPUS_DIR}outlets.json`, 'utf8')),
  JSON.parse(readFileSync(`${CORPUS_DIR}article-notes.json`, 'utf8')),
);
const articles = loadCompiledCorpus().articles;
const raw = (a: CompiledArticle) => readFileSync(`${CORPUS_DIR}${a.file}`, 'utf8');
const byFile = (prefix: string) => articles.find((a) => a.file.startsWith(prefix))!;
const cardOf = (prefix: string) => {
  const a = byFile(prefix);
  return articleCard(a, data, raw(a));
};

function sourced(f: CardFact): boolean {
  return 'source' in f && f.source === 'this page' ? true : 'sources' in f && f.sources.length > 0;
}

describe('articleCard for the five corpus articles', () => {
  const cards: ArticleCard[] = articles.map((a) => articleCard(a, data, raw(a)));

  it('sources every fact or marks it as read off the page', () => {
    for (const card of cards) {
      for (const f of [...card.origin, ...card.event, ...card.carePoints]) expect(sourced(f), f.text).toBe(true);
      for (const d of card.dates) expect(d.sources.length > 0 || d.source === 'this page').toBe(true);
      for (const d of card.dates) expect(d.how.length).toBeGreaterThan(10);
      for (const m of card.metadata) expect(m.source).toBe('this page');
    }
  });

  it('credits the RIA Novosti wire on the Sputnik copies, from the dateline', () => {
    for (const prefix of ['000', '001', '002']) {
      const a = byFile(prefix);
      const credit = cardOf(prefix).origin[0]!;
      expect(credit.text).toBe('The dateline credits RIA Novosti.');
      expect('start' in credit && a.text.slice(credit.start, credit.end)).toBe('RIA Novosti');
    }
  });

  it('sets the dateline beside event and publication dates, with the year worked out', () => {
    const card = cardOf('000');
    expect(card.dates.map((d) => [d.role, d.date])).toEqual([
      ['dateline', '2008-09-27'],
      ['event', '2008-09-26'],
      ['published', '2008-09-27'],
    ]);
    expect(card.dates[0]!.how).toMatch(/September 27.*No year in the text: 2008/);
    expect(card.dates[1]!.sources.map((s) => s.url)).toContain('https://interfax.ru/amp/35619');
  });

  it('reads pool footage, embargo, copyright and record metadata off the Reuters record', () => {
    const card = cardOf('003');
    const kinds = Object.fromEntries(card.metadata.map((m) => [m.kind, m]));
    expect(kinds['pool-footage']!.text).toBe('(NATO POOL)');
    expect(kinds.embargo!.date).toBe('2009-12-20');
    expect(kinds.copyright!.text).toMatch(/Thomson Reuters 2011/);
    expect(kinds.copyright!.date).toBe('2011');
    expect(kinds['record-date']!.date).toBe('2009-12-05');
    expect(kinds['copyright-holder']!.text).toMatch(/POOL/);
    const r = raw(byFile('003'));
    for (const m of card.metadata) expect(r.slice(m.start, m.end).trim()).toBe(m.text);
    expect(card.origin.map((o) => o.text).join(' ')).toMatch(/NATO POOL; only the story text is Reuters'/);
    expect(card.carePoints.map((c) => c.text).join(' ')).toMatch(/"agreed"; Reuters says "signed"/);
    expect(card.carePoints.map((c) => c.text).join(' ')).toMatch(/"All 29 nations" is correct/);
  });

  it('flags the Oye! Times site stamp and the likely unattributed RT origin', () => {
    const card = cardOf('004');
    const stamp = card.metadata.find((m) => m.kind === 'site-update-stamp')!;
    expect(stamp.date).toBe('2022-04-16');
    expect(card.dates.find((d) => d.role === 'updated')!.date).toBe('2022-04-16');
    // No dateline: the publication date rests on the origin evidence, so it carries its sources.
    expect(card.dates.find((d) => d.role === 'published')!.sources.length).toBeGreaterThan(0);
    expect(card.origin[0]!.text).toMatch(/unattributed republication of RT/);
    expect(card.carePoints.some((c) => /10-year-old Rome Declaration.*28 May 2002/.test(c.text))).toBe(true);
  });

  it('finds the anonymous source in 002, with offsets into the body, and none elsewhere', () => {
    const a = byFile('002');
    const card = cardOf('002');
    expect(card.anonymousSourcing.map((m) => m.phrase)).toEqual(["a source in Russia's diplomatic mission", 'the source said']);
    for (const m of card.anonymousSourcing) expect(a.text.slice(m.start, m.end)).toBe(m.phrase);
    for (const prefix of ['000', '001', '003', '004']) expect(cardOf(prefix).anonymousSourcing).toEqual([]);
    expect(card.carePoints.some((c) => /Canada/.test(c.text) && /denied/.test(c.text))).toBe(true);
  });

  it('carries the CFE moratorium inaccuracy for 001', () => {
    const card = cardOf('001');
    const cfe = card.carePoints.find((c) => /moratorium/.test(c.text))!;
    expect(cfe.text).toMatch(/14 Jul 2007/);
    expect(cfe.sources.map((s) => s.url)).toContain('https://www.nato.int/docu/speech/2007/s071207b.html');
  });

  it('builds a page-only card for an article added later without notes', () => {
    const a: CompiledArticle = {
      ...byFile('002'),
      id: 'new-article',
      dateline: null,
      paragraphs: ['Officials met on Monday, two diplomats who asked not to be named said.'],
      text: 'Officials met on Monday, two diplomats who asked not to be named said.',
    };
    const card = articleCard(a, data);
    expect(card.origin).toEqual([{ text: 'The page names no wire, agency or source for its text.', source: 'this page' }]);
    expect(card.carePoints).toEqual([]);
    expect(card.anonymousSourcing.map((m) => m.phrase)).toEqual(['two diplomats who asked not to be named']);
  });
});

describe('page signal and anonymous-source detection on other wording', () => {
  it('finds signals in other outlets\' formats', () => {
    const text = 'MOSCOW (REUTERS POOL)\n© Copyright Example Media 2019\nEmbargoed until: 3 March 2020\nPage last updated: 12 Jan 2021';
    const kinds = detectPageSignals(text).map((s) => [s.kind, s.date ?? null]);
    expect(kinds).toEqual([
      ['pool-footage', null],
      ['copyright', '2019'],
      ['embargo', '2020-03-03'],
      ['site-update-stamp', '2021-01-12'],
    ]);
  });

  it('finds general anonymous-sourcing phrases and skips "a source of"', () => {
    const text =
      'Diplomatic sources said the talks stalled. According to unnamed sources, a deal is near. ' +
      'An official who spoke on condition of anonymity confirmed it. Oil is a source of tension.';
    const phrases = detectAnonymousSourcing(text).map((m) => m.phrase);
    expect(phrases).toEqual([
      'Diplomatic sources said',
      'According to unnamed sources',
      'An official who spoke on condition of anonymity',
    ]);
  });
});
