import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/crossrefs/index.ts';

const keys = (text: string, surnames?: Set<string>) => extractEntities(text, surnames).map((e) => e.key);

describe('extractEntities', () => {
  it('folds aliases of one body to one key', () => {
    for (const name of ['NRC', 'RNC', 'NATO-Russia Council', 'Russia-NATO Council']) {
      expect(keys(`They met in the ${name} on Monday.`)).toContain('nato-russia council');
    }
  });

  it('splits titles and demonyms off names and keys people by surname', () => {
    const found = extractEntities('Analysts say Russian President Dmitry Medvedev met NATO Secretary General Anders Fogh Rasmussen.');
    expect(found.map((e) => [e.key, e.kind])).toEqual([
      ['russia', 'place'],
      ['person:medvedev', 'person'],
      ['nato', 'organisation'],
      ['person:rasmussen', 'person'],
    ]);
    expect(keys('Sergey Lavrov said so. Later Sergei Lavrov agreed.')).toEqual(['person:lavrov', 'person:lavrov']);
  });

  it('resolves a bare surname through people known elsewhere', () => {
    expect(keys('He agreed, said Medvedev.')).toEqual(['medvedev']);
    expect(keys('He agreed, said Medvedev.', new Set(['medvedev']))).toEqual(['person:medvedev']);
  });

  it('skips sentence-initial common words, calendar words and capitalised captions', () => {
    expect(keys('Relations between Moscow and Tbilisi soured. However, relations improved on Friday.')).toEqual(['moscow', 'tbilisi']);
    expect(keys('RUSSIAN FOREIGN MINISTER SERGEI LAVROV SAYING: yes')).toEqual([]);
  });

  it('keeps places that look like two-word names as places', () => {
    const found = extractEntities('Troops left South Ossetia and flew to New York.');
    expect(found.map((e) => [e.key, e.kind])).toEqual([
      ['south ossetia', 'place'],
      ['new york', 'place'],
    ]);
  });

  it('separates an acronym glued to a name by a missing full stop', () => {
    expect(keys('"We agree," said Lavrov NATO froze talks.', new Set(['lavrov']))).toEqual(['person:lavrov', 'nato']);
  });
});
