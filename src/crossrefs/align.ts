// Shared passages of two texts for the compare view. Verbatim passages come
// from word n-gram seeds (normalised words, so typography and case do not
// matter) extended to maximal runs; paraphrases are sentence pairs outside
// those runs whose content words overlap strongly. Offsets are into the
// strings given.
import { words } from '../text/normalize.ts';
import { isContentWord, type Span, sentences, stem } from './text-units.ts';

export interface SharedPassage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  kind: 'verbatim' | 'paraphrase';
  /** 1 for verbatim runs; content-word similarity (0–1) for paraphrases. */
  score: number;
}

export interface AlignOptions {
  /** Words a seed must share (default 5). */
  seedWords?: number;
  /** Content-word similarity a sentence pair needs to count as a paraphrase (default 0.5). */
  paraphraseThreshold?: number;
  /** Content words a paraphrase pair must share (default 4). */
  minSharedContentWords?: number;
}

function contentStems(text: string): Set<string> {
  return new Set(words(text).filter((w) => isContentWord(w.norm)).map((w) => stem(w.norm)));
}

function covered(span: Span, runs: [number, number][]): boolean {
  return runs.some(([s, e]) => s < span.end && e > span.start && e - s >= (span.end - span.start) / 2);
}

/** Shared passages of `a` and `b`, ordered by their position in `a`. */
export function alignPassages(a: string, b: string, opts: AlignOptions = {}): SharedPassage[] {
  const n = opts.seedWords ?? 5;
  const threshold = opts.paraphraseThreshold ?? 0.5;
  const minShared = opts.minSharedContentWords ?? 4;
  const wa = words(a);
  const wb = words(b);
  const out: SharedPassage[] = [];

  // Verbatim: index b's n-grams, then extend each seed in a to its maximal run.
  const seeds = new Map<string, number[]>();
  for (let j = 0; j + n <= wb.length; j++) {
    const key = wb.slice(j, j + n).map((w) => w.norm).join(' ');
    const list = seeds.get(key);
    if (list) list.push(j);
    else seeds.set(key, [j]);
  }
  const taken = new Set<string>();
  for (let i = 0; i + n <= wa.length; i++) {
    const key = wa.slice(i, i + n).map((w) => w.norm).join(' ');
    for (const j of seeds.get(key) ?? []) {
      // Only start at the beginning of a run (the previous words differ).
      if (i > 0 && j > 0 && wa[i - 1]!.norm === wb[j - 1]!.norm) continue;
      let len = n;
      while (i + len < wa.length && j + len < wb.length && wa[i + len]!.norm === wb[j + len]!.norm) len++;
      const id = `${i}:${j}`;
      if (taken.has(id)) continue;
      taken.add(id);
      out.push({ aStart: wa[i]!.start, aEnd: wa[i + len - 1]!.end, bStart: wb[j]!.start, bEnd: wb[j + len - 1]!.end, kind: 'verbatim', score: 1 });
    }
  }

  // Paraphrase: sentence pairs not already covered by a verbatim run.
  const runsA = out.map((p) => [p.aStart, p.aEnd] as [number, number]);
  const runsB = out.map((p) => [p.bStart, p.bEnd] as [number, number]);
  const sa = sentences(a).filter((s) => !covered(s, runsA));
  const sb = sentences(b).filter((s) => !covered(s, runsB));
  const stemsB = sb.map((s) => contentStems(s.text));
  const usedB = new Set<number>();
  for (const x of sa) {
    const sx = contentStems(x.text);
    if (sx.size === 0) continue;
    let best = -1;
    let bestScore = 0;
    stemsB.forEach((sy, k) => {
      if (usedB.has(k) || sy.size === 0) return;
      const shared = [...sx].filter((w) => sy.has(w)).length;
      if (shared < minShared) return;
      // Overlap relative to the shorter sentence: a paraphrase may add or drop a clause.
      const score = shared / Math.min(sx.size, sy.size);
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    });
    if (best >= 0 && bestScore >= threshold) {
      usedB.add(best);
      const y = sb[best]!;
      out.push({ aStart: x.start, aEnd: x.end, bStart: y.start, bEnd: y.end, kind: 'paraphrase', score: Math.round(bestScore * 1000) / 1000 });
    }
  }
  return out.sort((p, q) => p.aStart - q.aStart || p.bStart - q.bStart);
}
