// Copies ("churn"): one article carrying a large share of another's text.
// Texts are cut into word 5-grams (normalised words, so typography and case
// do not matter), hashed, and one in four kept by hash value (the same ones in
// every text, so two copies keep the same sample). A shingle's weight is its
// rarity: 1 / the number of OTHER stored articles carrying it, so an agency's
// standard sentence or a background paragraph that many stories carry weighs
// little. The share of an article copied from another is the weight of what
// they share over the weight of all its shingles: a shared background
// paragraph is a small share of each story; a republished story is most of it.
import { words } from '../text/normalize.ts';

/** Words per shingle. */
const SHINGLE_WORDS = 5;
/** Keep shingles whose hash is 0 modulo this (a fixed sample: the same shingle is kept in every text). */
const SAMPLE_MOD = 4;
/** A pair is a copy when one side carries at least this share of its distinctive text from the other… */
export const MIN_COPY_SHARE = 0.5;
/** …and they share at least this many sampled shingles (about 40 words of running text). */
const MIN_SHARED_SHINGLES = 8;
/** Shingles carried by more articles than this are boilerplate; they are not followed to candidates (their weight is near 0). */
const MAX_POSTINGS_FOLLOWED = 64;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The sampled shingle hashes of a text, each once. */
export function shinglesOf(text: string): number[] {
  const ws = words(text).map((w) => w.norm);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= ws.length; i++) {
    const h = fnv1a(ws.slice(i, i + SHINGLE_WORDS).join(' '));
    if (h % SAMPLE_MOD === 0) out.add(h);
  }
  return [...out];
}

export interface CopyMatch {
  /** The other article. */
  id: string;
  /** Share of the queried article's distinctive text found in the other (0–1). */
  share: number;
  /** Share of the other article's distinctive text found in the queried one. */
  otherShare: number;
}

/** An inverted index of sampled shingles, updated per article. */
export class ShingleIndex {
  private readonly postings = new Map<number, string[]>();
  private readonly byArticle = new Map<string, number[]>();

  add(id: string, text: string): void {
    this.addHashes(id, shinglesOf(text));
  }

  /** Adds an article by its sampled shingle hashes (shinglesOf its text, as stored earlier). */
  addHashes(id: string, sh: number[]): void {
    if (this.byArticle.has(id)) this.remove(id);
    this.byArticle.set(id, sh);
    for (const h of sh) {
      const list = this.postings.get(h);
      if (list) list.push(id);
      else this.postings.set(h, [id]);
    }
  }

  /** The article's sampled shingle hashes, as addHashes takes them. */
  hashesOf(id: string): readonly number[] {
    return this.byArticle.get(id) ?? [];
  }

  remove(id: string): void {
    const sh = this.byArticle.get(id);
    if (!sh) return;
    this.byArticle.delete(id);
    for (const h of sh) {
      const list = this.postings.get(h);
      if (!list) continue;
      const rest = list.filter((x) => x !== id);
      if (rest.length > 0) this.postings.set(h, rest);
      else this.postings.delete(h);
    }
  }

  /** Rarity weight of a shingle: 1 / the number of other articles carrying it (1 when none). */
  private weight(h: number): number {
    return 1 / Math.max(1, (this.postings.get(h)?.length ?? 1) - 1);
  }

  private totalWeight(sh: readonly number[]): number {
    let t = 0;
    for (const h of sh) t += this.weight(h);
    return t;
  }

  /** Articles that carry at least MIN_COPY_SHARE of `id`'s text, or whose text `id` carries that much of. */
  copiesOf(id: string): CopyMatch[] {
    const mine = this.byArticle.get(id);
    if (!mine || mine.length === 0) return [];
    const shared = new Map<string, { weight: number; count: number }>();
    for (const h of mine) {
      const list = this.postings.get(h)!;
      if (list.length > MAX_POSTINGS_FOLLOWED) continue;
      const w = this.weight(h);
      for (const other of list) {
        if (other === id) continue;
        const s = shared.get(other);
        if (s) {
          s.weight += w;
          s.count++;
        } else {
          shared.set(other, { weight: w, count: 1 });
        }
      }
    }
    const myTotal = this.totalWeight(mine);
    const out: CopyMatch[] = [];
    for (const [other, s] of shared) {
      if (s.count < MIN_SHARED_SHINGLES) continue;
      const theirs = this.byArticle.get(other)!;
      const share = s.weight / myTotal;
      const otherShare = s.weight / this.totalWeight(theirs);
      if (Math.max(share, otherShare) >= MIN_COPY_SHARE) {
        out.push({ id: other, share: Math.min(1, share), otherShare: Math.min(1, otherShare) });
      }
    }
    return out.sort((a, b) => b.share - a.share || a.id.localeCompare(b.id));
  }
}
