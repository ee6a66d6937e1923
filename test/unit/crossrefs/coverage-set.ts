// The labelled coverage sets in fixtures/coverage/{dev,test}: texts written in
// other outlets' styles, read as added articles, and the figures the engines
// reach on them (same-event recall for English and Russian reports, links
// between different events, copies found and false copies).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EngineArticle } from '../../../src/crossrefs/engine-article.ts';
import type { GrowingCrossReferences } from '../../../src/crossrefs/growing-index.ts';

export const COVERAGE_DIR = fileURLToPath(new URL('../../../fixtures/coverage/', import.meta.url));

interface TextLabel {
  file: string;
  outlet: string;
  language: string;
  published: string;
  url: string;
  title: string;
  event: string;
  copyOf?: string;
}

interface Labels {
  builtin: Record<string, { event: string; copyOf?: string }>;
  texts: TextLabel[];
}

export interface Label {
  event: string;
  copyOf?: string;
  language: string;
  builtin: boolean;
}

export interface CoverageSet {
  articles: EngineArticle[];
  labels: Map<string, Label>;
}

const idOf = (file: string) => file.replace(/\.txt$/, '');

/** A coverage text as an added article: paragraphs split at blank lines, metadata from its label. */
export function coverageArticle(label: TextLabel, text: string): EngineArticle {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  return {
    id: idOf(label.file),
    outlet: label.outlet.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'),
    headline: label.title,
    dates: { published: { date: label.published, how: 'From the coverage set label.' } },
    dateline: null,
    addresses: [label.url],
    paragraphs,
    text: paragraphs.join('\n\n'),
    language: label.language,
    source: 'added',
  };
}

export function loadCoverageSet(name: 'dev' | 'test'): CoverageSet {
  const dir = `${COVERAGE_DIR}${name}/`;
  const labels = JSON.parse(readFileSync(`${dir}labels.json`, 'utf8')) as Labels;
  const articles = labels.texts.map((t) => coverageArticle(t, readFileSync(`${dir}${t.file}`, 'utf8')));
  const map = new Map<string, Label>();
  for (const [id, l] of Object.entries(labels.builtin)) map.set(id, { ...l, language: 'en', builtin: true });
  for (const t of labels.texts) map.set(idOf(t.file), { event: t.event, copyOf: t.copyOf, language: t.language, builtin: false });
  return { articles, labels: map };
}

export interface CoverageFigures {
  /** Reports (added texts) with at least one other article of their event, and how many of them are linked to one. */
  recall: Record<'en' | 'ru', { found: number; total: number; missed: string[] }>;
  /** Same-event pairs expected and found (for information). */
  pairs: { found: number; total: number };
  /** Linked as the same event but labelled as different events. */
  falseSameEvent: string[];
  copies: { found: number; total: number; missed: string[]; wrongOriginal: string[] };
  falseCopies: string[];
}

const pairKey = (a: string, b: string) => [a, b].sort().join(' + ');

export function coverageFigures(index: GrowingCrossReferences, labels: ReadonlyMap<string, Label>): CoverageFigures {
  const ids = [...labels.keys()];
  const linked = new Set<string>();
  const copied = new Map<string, string>();
  for (const id of ids) {
    const refs = index.crossReferencesFor(id);
    for (const r of refs.sameEvent) linked.add(pairKey(id, r.id));
    for (const c of refs.copies) copied.set(pairKey(id, c.id), c.original);
  }
  const recall: CoverageFigures['recall'] = { en: { found: 0, total: 0, missed: [] }, ru: { found: 0, total: 0, missed: [] } };
  let pairsFound = 0;
  let pairsTotal = 0;
  const falseSameEvent: string[] = [];
  for (const [id, l] of labels) {
    const partners = ids.filter((o) => o !== id && labels.get(o)!.event === l.event);
    if (!l.builtin && partners.length > 0) {
      const r = recall[l.language === 'ru' ? 'ru' : 'en'];
      r.total++;
      if (partners.some((o) => linked.has(pairKey(id, o)))) r.found++;
      else r.missed.push(id);
    }
  }
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      const same = labels.get(a)!.event === labels.get(b)!.event;
      const isLinked = linked.has(pairKey(a, b));
      if (same) {
        pairsTotal++;
        if (isLinked) pairsFound++;
      } else if (isLinked) {
        falseSameEvent.push(pairKey(a, b));
      }
    }
  }
  const expectedCopies = new Map<string, string>();
  for (const [id, l] of labels) if (l.copyOf) expectedCopies.set(pairKey(id, l.copyOf), l.copyOf);
  const copies: CoverageFigures['copies'] = { found: 0, total: expectedCopies.size, missed: [], wrongOriginal: [] };
  for (const [key, original] of expectedCopies) {
    if (!copied.has(key)) copies.missed.push(key);
    else {
      copies.found++;
      if (copied.get(key) !== original) copies.wrongOriginal.push(`${key}: ${copied.get(key)}`);
    }
  }
  const falseCopies = [...copied.keys()].filter((k) => !expectedCopies.has(k));
  return { recall, pairs: { found: pairsFound, total: pairsTotal }, falseSameEvent, copies, falseCopies };
}
