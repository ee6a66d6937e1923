import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProvenanceData, outletCard } from '../../../src/provenance/index.ts';
import type { Fact } from '../../../src/provenance/index.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';

const outletsJson = JSON.parse(readFileSync(`${CORPUS_DIR}outlets.json`, 'utf8'));
const notesJson = JSON.parse(readFileSync(`${CORPUS_DIR}article-notes.json`, 'utf8'));
const catalog = JSON.parse(readFileSync(`${CORPUS_DIR}catalog.json`, 'utf8')) as { articles: { id: string; file: string }[] };
const FACTS_FILE = fileURLToPath(new URL('../../../fixtures/facts/provenance-facts.md', import.meta.url));

function allFacts(data: ReturnType<typeof loadProvenanceData>): Fact[] {
  const out: Fact[] = [];
  for (const o of data.outlets.values()) out.push(o.operator, o.funding, ...o.history, ...o.sanctions, ...o.notes);
  for (const n of data.notes.values()) out.push(...n.origin, ...n.event, ...n.carePoints);
  return out;
}

describe('provenance data', () => {
  const data = loadProvenanceData(outletsJson, notesJson);

  it('gives every fact at least one web source', () => {
    const facts = allFacts(data);
    expect(facts.length).toBeGreaterThan(30);
    for (const f of facts) {
      expect(f.sources.length, f.text).toBeGreaterThan(0);
      for (const s of f.sources) expect(s.url).toMatch(/^https?:\/\/[^\s/]+\.[a-z]{2,}/);
    }
  });

  it('carries every URL of the facts file into the data', () => {
    const md = readFileSync(FACTS_FILE, 'utf8');
    const urls = [...md.matchAll(/https?:\/\/[^\s;|]+/g)].map((m) => {
      let u = m[0].replace(/[.,]+$/, '');
      // A closing bracket belongs to the URL only when the URL opened one: "Sputnik_(news_agency)".
      while (u.endsWith(')') && (u.match(/\(/g)?.length ?? 0) < (u.match(/\)/g)?.length ?? 0)) u = u.slice(0, -1).replace(/[.,]+$/, '');
      return u;
    });
    expect(urls.length).toBeGreaterThan(20);
    const carried = new Set(allFacts(data).flatMap((f) => f.sources.map((s) => s.url)));
    const missing = urls.filter((u) => !carried.has(u));
    expect(missing).toEqual([]);
  });

  it('has notes for every catalog article, matched by id and file', () => {
    for (const a of catalog.articles) {
      const note = data.notes.get(a.id);
      expect(note, a.id).toBeDefined();
      expect(note!.file).toBe(a.file);
      expect(note!.carePoints.length).toBeGreaterThan(0);
    }
  });

  it('keeps the Oye! Times operator explicitly not established, never a claim', () => {
    const oye = data.outlets.get('oyetimes')!;
    expect(oye.operator.status).toBe('not-established');
    expect(oye.operator.text).toMatch(/not established/i);
    expect(oye.funding.status).toBe('not-established');
    for (const f of [oye.operator, oye.funding, ...oye.history, ...oye.notes]) {
      if (f.status !== 'not-established') expect(f.text).not.toMatch(/\b(owned|operated|run|founded|based) (by|in)\b/i);
    }
    expect(oye.notes.some((n) => /not the same site as OYE News \(oye\.news/i.test(n.text))).toBe(true);
  });

  it('says where sources disagree', () => {
    const ria = data.outlets.get('ria-novosti')!;
    expect(ria.history.some((f) => /1990 or 1991/.test(f.caveat ?? ''))).toBe(true);
    const sanction = data.outlets.get('sputnik')!.sanctions[0]!;
    expect(sanction.text).toMatch(/1 Mar 2022.*2 Mar 2022/);
    expect(sanction.caveat).toMatch(/February 2022/);
    expect(data.outlets.get('reuters')!.history.some((f) => /conflates 1941 and the 1984/.test(f.caveat ?? ''))).toBe(true);
  });
});

describe('loadProvenanceData rejects bad input with a readable error', () => {
  const clone = () => structuredClone(outletsJson);
  it('a fact without sources', () => {
    const bad = clone();
    bad.outlets[0].history[0].sources = [];
    expect(() => loadProvenanceData(bad, notesJson)).toThrow(/outlets\[0\]\.history\[0\]\.sources: a fact needs at least one source/);
  });
  it('a source that is not a web address', () => {
    const bad = clone();
    bad.outlets[0].operator.sources[0].url = 'Wikipedia infobox';
    expect(() => loadProvenanceData(bad, notesJson)).toThrow(/is not a URL/);
  });
  it('"not established" in words but not in status, and the reverse', () => {
    const bad = clone();
    delete bad.outlets.find((o: { id: string }) => o.id === 'oyetimes').operator.status;
    expect(() => loadProvenanceData(bad, notesJson)).toThrow(/says "not established"/);
    const bad2 = clone();
    bad2.outlets[0].operator.status = 'not-established';
    expect(() => loadProvenanceData(bad2, notesJson)).toThrow(/text does not say so/);
  });
  it('duplicate ids and unknown related ids', () => {
    const dup = clone();
    dup.outlets.push(dup.outlets[0]);
    expect(() => loadProvenanceData(dup, notesJson)).toThrow(/duplicate id "sputnik"/);
    const rel = clone();
    rel.outlets[0].related = ['tass'];
    expect(() => loadProvenanceData(rel, notesJson)).toThrow(/unknown id "tass"/);
  });
  it('a file that is not an object', () => {
    expect(() => loadProvenanceData([], notesJson)).toThrow(/outlets\.json: expected an object/);
  });
});

describe('outletCard', () => {
  const data = loadProvenanceData(outletsJson, notesJson);

  it('tells Sputnik\'s ownership and history from RIA Novosti to Rossiya Segodnya to Sputnik', () => {
    const card = outletCard('sputnik', data);
    expect(card.operator.text).toMatch(/Rossiya Segodnya/);
    const history = card.history.map((f) => f.text).join(' ');
    expect(history).toMatch(/9 Dec 2013.*RIA Novosti/);
    expect(history).toMatch(/10 Nov 2014/);
    expect(card.sanctions).toHaveLength(1);
    expect(card.related.map((r) => r.id)).toEqual(['ria-novosti', 'rt']);
    expect(card.domains).toContain('sputnikglobe.com');
  });

  it('tells Reuters\' Trust Principles and Thomson Reuters', () => {
    const card = outletCard('reuters', data);
    const history = card.history.map((f) => f.text).join(' ');
    expect(history).toMatch(/Trust Principles.*1941/);
    expect(history).toMatch(/Founders Share Company.*1984/);
    expect(history).toMatch(/Thomson acquired Reuters in 2008/);
    expect(card.operator.text).toMatch(/Woodbridge/);
  });

  it('says the Oye! Times operator is not established and links RT as its likely source', () => {
    const card = outletCard('oyetimes', data);
    expect(card.operator.text).toMatch(/^Not established/);
    expect(card.related).toEqual([{ id: 'rt', name: 'RT (Russia Today)', kind: 'source' }]);
  });

  it('has cards for the wire and source entities', () => {
    expect(outletCard('ria-novosti', data).kind).toBe('wire');
    expect(outletCard('rt', data).kind).toBe('source');
  });

  it('throws a readable error for an unknown outlet', () => {
    expect(() => outletCard('tass', data)).toThrow(/no provenance data for "tass"/);
  });
});
