import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../src/store/annotation.ts';
import { BUILTIN_CATEGORIES } from '../../../src/store/categories.ts';
import { foldForSearch, LibraryIndex, queryTerms } from '../../../src/store/library-search.ts';
import { LAVROV, LAVROV_URL, LAVROV_URL_2, sel } from './helpers.ts';

function record(id: string, overrides: Partial<AnnotationRecord>): AnnotationRecord {
  return {
    id, layerId: 'own', origin: 'reader', pageUrl: 'https://example.com/a', corpusId: null, selectors: sel(`quote ${id}`, 5),
    categoryId: 'quote', note: '', tags: [], hidden: false, created: '2024-05-01T10:00:00.000Z', modified: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

const records = [
  record('a', { corpusId: LAVROV, pageUrl: LAVROV_URL, selectors: sel('Relations are “not frozen”', 10), note: 'Compare with Reuters', modified: '2024-05-03T00:00:00.000Z' }),
  record('b', { corpusId: LAVROV, pageUrl: LAVROV_URL_2, origin: 'statement', categoryId: 'statement', statement: { kind: 'direct', speaker: 'Sergei Lavrov', anonymous: false, corrected: false }, modified: '2024-05-02T00:00:00.000Z' }),
  record('c', { pageUrl: 'https://example.com/café', note: 'Élan vital', tags: ['philosophy'], categoryId: 'claim', modified: '2024-05-04T00:00:00.000Z' }),
  record('d', { note: 'hidden one about Lavrov', hidden: true }),
  record('e', { note: 'deleted Lavrov', deletedAt: '2024-05-05T00:00:00.000Z' }),
];
const index = LibraryIndex.build(records, { categories: BUILTIN_CATEGORIES, articleTitles: new Map([[LAVROV, 'FM Lavrov on NATO ties']]) });

const ids = (rs: AnnotationRecord[]) => rs.map((r) => r.id);

describe('library search', () => {
  it('lists everything visible, newest first, when the query is empty', () => {
    expect(index.size).toBe(4);
    expect(ids(index.search('').matches)).toEqual(['c', 'a', 'b']);
    expect(ids(index.search('', { includeHidden: true }).matches)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('matches quote, note, tag, speaker, category, page and article title, folding case, accents and typography', () => {
    expect(ids(index.search('"not frozen"').matches)).toEqual(['a']); // curly quotes in the quote
    expect(ids(index.search('reuters').matches)).toEqual(['a']);
    expect(ids(index.search('PHILOSOPHY').matches)).toEqual(['c']);
    expect(ids(index.search('elan').matches)).toEqual(['c']);
    expect(ids(index.search('sergei').matches)).toEqual(['b']);
    expect(ids(index.search('claim').matches)).toEqual(['c']);
    expect(ids(index.search('sputnikglobe').matches)).toEqual(['b']);
    expect(ids(index.search('lavrov').matches)).toEqual(['a', 'b']); // title of the article
    expect(ids(index.search('lavrov compare').matches)).toEqual(['a']); // every term must match
    expect(ids(index.search('nothing-like-this').matches)).toEqual([]);
  });

  it('groups by page and by corpus article', () => {
    const result = index.search('');
    expect(result.byArticle).toHaveLength(1);
    expect(result.byArticle[0]).toMatchObject({ key: LAVROV, kind: 'article', title: 'FM Lavrov on NATO ties' });
    expect(ids(result.byArticle[0]!.records)).toEqual(['a', 'b']);
    expect(result.byPage.map((g) => g.key)).toEqual(['https://example.com/café', LAVROV_URL, LAVROV_URL_2]);
  });

  it('filters by category, layer and origin', () => {
    expect(ids(index.search('', { origin: 'statement' }).matches)).toEqual(['b']);
    expect(ids(index.search('', { categoryId: 'claim' }).matches)).toEqual(['c']);
    expect(ids(index.search('', { layerId: 'other' }).matches)).toEqual([]);
  });

  it('folds and splits queries', () => {
    expect(foldForSearch('Lavrov’s ÉLAN')).toBe("lavrov's elan");
    expect(queryTerms('  nato  "not   frozen" Über ')).toEqual(['nato', 'not frozen', 'uber']);
  });
});
