// Same claims: passages in two articles that state the same thing ("Medvedev
// proposed a European security treaty in June 2008"). Sentences are compared
// by the entities, phrases and content words they share, each weighted by how
// rare it is in the corpus; a sentence opening with a pronoun borrows the
// previous sentence's names ("He began pushing the treaty in 2008"). Dates the
// two passages carry must agree when both carry some.
import type { ArticleProfile } from './article-profile.ts';
import type { CorpusStatistics } from './corpus-statistics.ts';
import { daysBetween, datesOverlap } from './dates.ts';

export interface ClaimPassage {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export interface ClaimPair {
  a: ClaimPassage;
  b: ClaimPassage;
  score: number;
  /** What the two passages share (entity names and phrases). */
  shared: string[];
}

const MIN_SCORE = 0.1;
const MIN_SHARED = 2;
const MIN_NAME_GROUPS = 2;
const PRONOUN_START = /^["'“‘]?(He|She|It|They|This|These|That|Its|His|Her|Their)\b/;

export interface Unit {
  index: number;
  features: Set<string>;
  dates: string[];
}

// A profile's units depend on the profile alone: worked out once per profile, not once per pair.
const unitCache = new WeakMap<ArticleProfile, Unit[]>();

function units(p: ArticleProfile): Unit[] {
  let cached = unitCache.get(p);
  if (!cached) {
    cached = unitsOf(p);
    unitCache.set(p, cached);
  }
  return cached;
}

function unitsOf(p: ArticleProfile): Unit[] {
  return p.sentences.map((s, i) => {
    const features = new Set(p.sentenceKeys[i]);
    if (i > 0 && PRONOUN_START.test(s.text)) {
      for (const f of p.sentenceKeys[i - 1]!) if (!f.startsWith('w:')) features.add(f);
    }
    const dates = p.dates.filter((d) => d.start >= s.start && d.start < s.end).map((d) => d.date);
    return { index: i, features, dates };
  });
}

function datesAgree(a: string[], b: string[]): boolean | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  return a.some((x) => b.some((y) => datesOverlap(x, y) || (daysBetween(x, y) ?? 99) <= 1));
}

/** Shared names and phrases grouped where they overlap ("European security", "security treaty" are one). */
function nameGroups(shared: string[]): string[][] {
  const groups: { words: Set<string>; keys: string[] }[] = [];
  for (const key of shared.filter((f) => !f.startsWith('w:'))) {
    const ws = key.replace(/^person:/, '').split(/[\s-]+/);
    const hit = groups.find((g) => ws.some((w) => g.words.has(w)));
    if (hit) {
      hit.keys.push(key);
      for (const w of ws) hit.words.add(w);
    } else {
      groups.push({ words: new Set(ws), keys: [key] });
    }
  }
  return groups.map((g) => g.keys);
}

function labelOf(key: string, a: ArticleProfile, b: ArticleProfile): string {
  if (key.startsWith('w:')) return key.slice(2);
  return a.keys.get(key)?.label ?? b.keys.get(key)?.label ?? key;
}

/** Feature weights and sentence norms under one state of the corpus statistics, each worked out once. */
export interface ClaimWeighting {
  weight(feature: string): number;
  norm(unit: Unit): number;
}

/**
 * Weights read corpus-wide counts: one weighting serves every pair compared
 * while the corpus stays as it is (one article's claims against its candidates).
 */
export function claimWeighting(stats: CorpusStatistics, featureIdf: (f: string) => number): ClaimWeighting {
  const weights = new Map<string, number>();
  const norms = new WeakMap<Unit, number>();
  const weight = (f: string): number => {
    let w = weights.get(f);
    if (w === undefined) {
      w = stats.theme.has(f) ? 0 : featureIdf(f);
      weights.set(f, w);
    }
    return w;
  };
  return {
    weight,
    norm(u) {
      let n = norms.get(u);
      if (n === undefined) {
        n = Math.sqrt([...u.features].reduce((s, f) => s + weight(f) ** 2, 0));
        norms.set(u, n);
      }
      return n;
    },
  };
}

/** Claim pairs between two articles, best first, each sentence used once per side. */
export function claimPairs(
  a: ArticleProfile,
  b: ArticleProfile,
  stats: CorpusStatistics,
  featureIdf: (f: string) => number,
  weighting: ClaimWeighting = claimWeighting(stats, featureIdf),
): ClaimPair[] {
  const { weight, norm } = weighting;
  const ua = units(a);
  const ub = units(b).map((y) => ({ y, ny: norm(y) }));
  // b's sentences by the weighted features they carry: a sentence of a meets only those it shares one with.
  const withFeature = new Map<string, number[]>();
  ub.forEach(({ y }, j) => {
    for (const f of y.features) {
      if (weight(f) <= 0) continue;
      const list = withFeature.get(f);
      if (list) list.push(j);
      else withFeature.set(f, [j]);
    }
  });
  const candidates: { x: Unit; y: Unit; score: number; shared: string[] }[] = [];
  for (const x of ua) {
    const nx = norm(x);
    if (nx === 0) continue;
    // Per sentence of b, the features it shares with x, in x's order.
    const sharedWith = new Map<number, string[]>();
    for (const f of x.features) {
      for (const j of withFeature.get(f) ?? []) {
        const list = sharedWith.get(j);
        if (list) list.push(f);
        else sharedWith.set(j, [f]);
      }
    }
    for (const j of [...sharedWith.keys()].sort((p, q) => p - q)) {
      const { y, ny } = ub[j]!;
      const shared = sharedWith.get(j)!;
      if (shared.length < MIN_SHARED) continue;
      // Two distinct shared names or phrases: common words alone make a paraphrase, not a claim.
      if (nameGroups(shared).length < MIN_NAME_GROUPS) continue;
      const agree = datesAgree(x.dates, y.dates);
      if (agree === false) continue;
      const score = shared.reduce((s, f) => s + weight(f) ** 2, 0) / (nx * ny) + (agree ? 0.1 : 0);
      if (score >= MIN_SCORE) candidates.push({ x, y, score, shared });
    }
  }
  candidates.sort((p, q) => q.score - p.score);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: ClaimPair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.x.index) || usedB.has(c.y.index)) continue;
    usedA.add(c.x.index);
    usedB.add(c.y.index);
    const sa = a.sentences[c.x.index]!;
    const sb = b.sentences[c.y.index]!;
    // One label per group: its longest form.
    const names = nameGroups(c.shared).map((g) => g.reduce((x, y) => (labelOf(y, a, b).length > labelOf(x, a, b).length ? y : x)));
    out.push({
      a: { articleId: a.article.id, start: sa.start, end: sa.end, text: sa.text },
      b: { articleId: b.article.id, start: sb.start, end: sb.end, text: sb.text },
      score: Math.round(c.score * 1000) / 1000,
      shared: names.map((f) => labelOf(f, a, b)),
    });
  }
  return out;
}
