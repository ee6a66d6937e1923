// The cross-reference engine over a set of compiled articles: same-event
// pairs, threads and same-claim passages, all computed from the texts (no
// hand-made lists), so an article added to the set gets its references too.

import { type ArticleProfile, profileArticle } from './article-profile.ts';
import { ShingleIndex } from './copies.ts';
import { corpusStatistics } from './corpus-statistics.ts';
import type { EngineArticle } from './engine-article.ts';
import { extractEntities } from './entities.ts';
import { eventDateOf } from './event-date.ts';
import { type ClaimPair, claimPairs } from './same-claims.ts';
import { type EventRelation, relationToEvent, type SameEventMatch, sameEvent } from './same-event.ts';
import { findThreads, type Thread } from './threads.ts';

export interface Ref {
  id: string;
  outlet: string;
  headline: string;
  /** Publication date, or the event date when the publication date is unknown. */
  date: string | undefined;
  addresses: string[];
}

export interface SameEventRef extends Ref, SameEventMatch {
  /** How the article whose references these are stands to the shared event. */
  relation: EventRelation;
}

/** Another article sharing copied text with this one ("churn"). */
export interface CopyRef extends Ref {
  /** Fraction of THIS article's (rarity-weighted) text found in the other. */
  share: number;
  /** Id of the one of the two that came first. */
  original: string;
  /** How the original was told apart (publication dates, or corpus order when they do not say). */
  originalHow?: string;
}

export interface ThreadRefs {
  id: string;
  label: string;
  refs: Ref[];
  /** How many other articles the thread holds (more than refs.length when the list is capped). */
  others: number;
}

export interface CrossReferences {
  sameEvent: SameEventRef[];
  /** Threads this article belongs to: `refs` lists at most a few of the others (the most related), `others` counts them all. */
  threads: ThreadRefs[];
  /** Passages of this article (`a`) that make the same claim as passages elsewhere (`b`). */
  sameClaims: ClaimPair[];
  /** Articles this one shares copied text with (see copies.ts). */
  copies: CopyRef[];
}

export interface SameEventPair {
  a: string;
  b: string;
  match: SameEventMatch;
}

export interface CrossReferenceIndex {
  sameEventPairs: SameEventPair[];
  threads: Thread[];
  crossReferencesFor(articleId: string): CrossReferences;
}

/** An article as a cross-reference lists it. */
export function refOf(a: EngineArticle): Ref {
  return {
    id: a.id,
    outlet: a.outlet,
    headline: a.headline,
    date: a.dates.published?.date ?? a.dates.event?.date,
    addresses: [...a.addresses],
  };
}

/** The same claim pair seen from the other article. */
export function flip(pair: ClaimPair): ClaimPair {
  return { ...pair, a: pair.b, b: pair.a };
}

/**
 * Builds the engine's index over a fixed set in one go; throws on duplicate
 * article ids. For a corpus that grows, createGrowingCrossReferences
 * (growing-index.ts) gives the same references per article without rebuilding.
 */
export function buildCrossReferenceIndex(articles: EngineArticle[]): CrossReferenceIndex {
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw new Error(`cross-references: duplicate article id "${a.id}"`);
    seen.add(a.id);
  }
  // People named in full anywhere let a bare surname elsewhere count as that person.
  const surnames = new Set<string>();
  for (const a of articles) {
    for (const e of extractEntities(a.text)) if (e.kind === 'person') surnames.add(e.key.slice('person:'.length));
  }
  const profiles: ArticleProfile[] = articles.map((a) => profileArticle(a, surnames));
  const byId = new Map(profiles.map((p) => [p.article.id, p]));
  const stats = corpusStatistics(profiles);

  const featureDf = new Map<string, number>();
  for (const p of profiles) {
    for (const f of new Set(p.sentenceKeys.flatMap((s) => [...s]))) featureDf.set(f, (featureDf.get(f) ?? 0) + 1);
  }
  const featureIdf = (f: string) => Math.log((profiles.length + 1) / (featureDf.get(f) ?? 1));

  const sameEventPairs: SameEventPair[] = [];
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const match = sameEvent(profiles[i]!, profiles[j]!, stats);
      if (match) sameEventPairs.push({ a: profiles[i]!.article.id, b: profiles[j]!.article.id, match });
    }
  }
  const threads = findThreads(profiles, stats);
  const shingles = new ShingleIndex();
  for (const a of articles) shingles.add(a.id, a.text);
  const claimCache = new Map<string, ClaimPair[]>();
  const claimsBetween = (a: ArticleProfile, b: ArticleProfile): ClaimPair[] => {
    const [x, y] = a.article.id < b.article.id ? [a, b] : [b, a];
    const key = `${x.article.id}\u0000${y.article.id}`;
    if (!claimCache.has(key)) claimCache.set(key, claimPairs(x, y, stats, featureIdf));
    const pairs = claimCache.get(key)!;
    return x === a ? pairs : pairs.map(flip);
  };

  return {
    sameEventPairs,
    threads,
    crossReferencesFor(articleId: string): CrossReferences {
      const self = byId.get(articleId);
      if (!self) throw new Error(`cross-references: no article "${articleId}" in the index`);
      const sameEventRefs = sameEventPairs
        .filter((p) => p.a === articleId || p.b === articleId)
        .map((p) => ({
          ...refOf(byId.get(p.a === articleId ? p.b : p.a)!.article),
          ...p.match,
          relation: relationToEvent(self.article.dates.event?.date ?? eventDateOf(self.article)?.date, p.match.eventDate),
        }));
      const threadRefs = threads
        .filter((t) => t.members.includes(articleId))
        .map((t) => ({
          id: t.id,
          label: t.label,
          refs: t.members.filter((m) => m !== articleId).map((m) => refOf(byId.get(m)!.article)),
          others: t.members.length - 1,
        }));
      const sameClaims = profiles
        .filter((p) => p !== self)
        .flatMap((p) => claimsBetween(self, p))
        .sort((x, y) => x.a.start - y.a.start || y.score - x.score);
      const copies = shingles.copiesOf(articleId).map((m) => {
        const other = byId.get(m.id)!.article;
        const pa = self.article.dates.published?.date;
        const pb = other.dates.published?.date;
        const datesTell = pa && pb && !pa.startsWith(pb) && !pb.startsWith(pa);
        const original = datesTell ? (pa < pb ? self.article.id : other.id) : articles.findIndex((a) => a.id === articleId) < articles.findIndex((a) => a.id === other.id) ? self.article.id : other.id;
        return { ...refOf(other), share: Math.round(m.share * 1000) / 1000, original };
      });
      return { sameEvent: sameEventRefs, threads: threadRefs, sameClaims, copies };
    },
  };
}
