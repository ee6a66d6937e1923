import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/corpus/catalog.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';

const raw = JSON.parse(readFileSync(`${CORPUS_DIR}catalog.json`, 'utf8'));

function withEntry(change: (entry: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(raw);
  change(copy.articles[1]);
  return copy;
}

describe('parseCatalog', () => {
  it('accepts the corpus catalog and keeps every entry', () => {
    const catalog = parseCatalog(raw);
    expect(catalog.articles.map((a) => a.id)).toEqual(raw.articles.map((a: { id: string }) => a.id));
    expect(catalog.articles[3]!.dates.archived?.date).toBe('2011');
  });

  it('names the entry and field that is wrong', () => {
    expect(() => parseCatalog(withEntry((e) => (e.outlet = 'tass')))).toThrow(/articles\[1\] \(sputnik-2007-06-26[^)]*\).*"outlet" must be one of sputnik, reuters, oyetimes/);
    expect(() => parseCatalog(withEntry((e) => delete e.headline))).toThrow(/"headline" must be a non-empty string/);
    expect(() => parseCatalog(withEntry((e) => (e.addresses = ['not a url'])))).toThrow(/addresses\[0\].*not an absolute URL/);
    expect(() => parseCatalog(withEntry((e) => ((e.dates as Record<string, unknown>).published = { date: 'June 2007', how: 'x' })))).toThrow(/dates\.published.*ISO 8601/);
    expect(() => parseCatalog(withEntry((e) => (e.id = raw.articles[0].id)))).toThrow(/duplicate id/);
  });

  it('rejects input that is not a catalog at all', () => {
    expect(() => parseCatalog(null)).toThrow(/catalog: root/);
    expect(() => parseCatalog({ version: 1 })).toThrow(/"articles" must be an array/);
  });
});
