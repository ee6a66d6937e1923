// Cross-references on a corpus that grows one article at a time (the five
// built-in articles plus the reader's). add() profiles the new article once
// and updates inverted indexes — topic key → articles (document frequencies
// are their sizes), focal date → articles, sampled text shingles → articles,
// name skeletons for Russian texts — so its cost depends on the article, not
// on the corpus size. crossReferencesFor() then reads only the candidates the
// indexes give (articles within a day of a focal date, articles sharing a key
// or text) and scores them with the statistics as they stand at that moment:
// no pair is scored once and left to drift. A thread lists at most
// THREAD_REFS_SHOWN other members (the most related to the article, with a
// count of all; threadMembers gives the rest), so an article's references stay
// the same size however large the corpus grows. What can drift: an article's
// profile is built with the names known when it was added (a bare surname
// becomes a person, a Cyrillic name resolves to a Latin one, only once the
// corpus has seen the full name); remove and add the article to refresh it.
// storedProfileOf gives what the engine keeps of an article between worker
// lives; restoreGrowingCrossReferences rebuilds the engine from those records
// without profiling the texts again (see stored-profile.ts).
import type { DateClaim } from '../corpus/types.ts';
import { nameSkeleton } from '../text/transliterate.ts';
import { type ArticleProfile, profileArticle, type TopicKey } from './article-profile.ts';
import { type CopyMatch, ShingleIndex } from './copies.ts';
import { type CorpusStatistics, liveCorpusStatistics } from './corpus-statistics.ts';
import { type CopyRef, type CrossReferences, flip, type Ref, refOf, type SameEventRef, type ThreadRefs } from './cross-reference-index.ts';
import { daysBetween } from './dates.ts';
import { type EngineArticle, languageOf } from './engine-article.ts';
import { extractEntities } from './entities.ts';
import { eventDateOf } from './event-date.ts';
import type { KnownName } from './russian-entities.ts';
import { decodeProfile, type EngineState, encodeProfile, type StoredProfile } from './stored-profile.ts';
import { type ClaimPair, type ClaimWeighting, claimPairs, claimWeighting } from './same-claims.ts';
import { relationToEvent, sameEvent } from './same-event.ts';
import { type ThreadOfArticles, type ThreadSource, threadsOf } from './threads.ts';

export type { CopyRef } from './cross-reference-index.ts';
export type { StoredProfile } from './stored-profile.ts';

/** What the engines read of an article: every CorpusArticle (src/corpus/types.ts), built-in or added, fits. */
type CorpusArticle = EngineArticle;

export interface GrowingCrossReferences {
  /** Adds an article (an article with the same id is replaced), updating the indexes for it alone. */
  add(article: CorpusArticle): void;
  remove(id: string): void;
  has(id: string): boolean;
  /** `threadRefs`: how many other members a thread lists at most (default THREAD_REFS_SHOWN; Infinity for all). */
  crossReferencesFor(id: string, options?: { threadRefs?: number }): CrossReferences;
  /** The same-claim passages alone (what statement echoes read), without threads, events or copies. */
  sameClaimsFor(id: string): ClaimPair[];
  /** Every other member of one of the article's threads, in corpus order (the list a capped thread leaves out). */
  threadMembers(id: string, threadId: string): Ref[];
  eventDateOf(id: string): DateClaim | undefined;
  /** What the engine keeps of an article between worker lives (restoreGrowingCrossReferences reads it back). */
  storedProfileOf(id: string): StoredProfile;
}

/** An added article with the record the engine stored for it. */
export interface RestoredArticle {
  article: CorpusArticle;
  stored: StoredProfile;
}

/** Claim comparison reads at most this many candidate articles (those sharing the most specific keys). */
const MAX_CLAIM_CANDIDATES = 40;
/** A thread lists at most this many other members by default (the panel says how many more there are). */
export const THREAD_REFS_SHOWN = 12;
/** Ranked related articles read when picking a thread's members to show (the rest are filled in corpus order). */
const MAX_RANKED_READ = 400;
/** Keys carried by more articles than this are not followed to claim candidates (too common to be specific). */
const MAX_KEY_POSTINGS_FOLLOWED = 200;

interface Entry {
  article: CorpusArticle;
  profile: ArticleProfile;
  order: number;
  event: DateClaim | undefined;
  /** Surnames of people this article names, counted in the corpus-wide set while it is stored. */
  surnames: string[];
}

/** Word features of an article's sentences (`w:` stems), each once: their counts weigh claim comparison. */
function wordFeatures(p: ArticleProfile): Set<string> {
  const out = new Set<string>();
  for (const s of p.sentenceKeys) for (const f of s) if (f.startsWith('w:')) out.add(f);
  return out;
}

const NO_DOCS: ReadonlySet<string> = new Set();

const capitals = (label: string): number => label.match(/\p{Lu}/gu)?.length ?? 0;

/** A key two or more articles carry: its articles (in corpus order), their mentions, its display label (null: work it out again). */
interface SharedKey {
  docs: Set<string>;
  total: number;
  label: string | null;
}

/**
 * Articles per topic key, with the key's mentions and display label kept as
 * articles come and go, so nothing is read from every article carrying a key.
 * Most keys (word phrases) occur in one article only: those keep the id
 * itself, and a set only once a second article carries the key, so a corpus
 * of 10,000 articles does not hold a million sets.
 */
class KeyPostings {
  private readonly map = new Map<string, string | SharedKey>();

  /** `keyOf` reads a stored article's own topic key. */
  constructor(private readonly keyOf: (id: string, key: string) => TopicKey | undefined) {}

  add(k: TopicKey, id: string): void {
    const v = this.map.get(k.key);
    if (v === undefined) {
      this.map.set(k.key, id);
      return;
    }
    let shared: SharedKey;
    if (typeof v === 'string') {
      if (v === id) return;
      const first = this.keyOf(v, k.key);
      shared = { docs: new Set([v]), total: first?.count ?? 0, label: first?.label ?? k.key };
      this.map.set(k.key, shared);
    } else {
      shared = v;
      if (shared.docs.has(id)) return;
    }
    shared.docs.add(id);
    shared.total += k.count;
    // The label is the first article's form with the most capitals; a later article wins only with more.
    if (shared.label !== null && capitals(k.label) > capitals(shared.label)) shared.label = k.label;
  }

  remove(k: TopicKey, id: string): void {
    const v = this.map.get(k.key);
    if (v === undefined) return;
    if (typeof v === 'string') {
      if (v === id) this.map.delete(k.key);
      return;
    }
    if (!v.docs.delete(id)) return;
    v.total -= k.count;
    if (v.label === k.label) v.label = null;
    if (v.docs.size === 1) this.map.set(k.key, [...v.docs][0]!);
  }

  size(key: string): number {
    const v = this.map.get(key);
    return v === undefined ? 0 : typeof v === 'string' ? 1 : v.docs.size;
  }

  /** The articles carrying a key, in the order they were added. */
  docs(key: string): ReadonlySet<string> {
    const v = this.map.get(key);
    return v === undefined ? NO_DOCS : typeof v === 'string' ? new Set([v]) : v.docs;
  }

  /** Mentions of the key across the corpus. */
  total(key: string): number {
    const v = this.map.get(key);
    if (v === undefined) return 0;
    return typeof v === 'string' ? (this.keyOf(v, key)?.count ?? 0) : v.total;
  }

  /** The key's display form: its most capitalised form across the corpus (the first such). */
  label(key: string): string {
    const v = this.map.get(key);
    if (v === undefined) return key;
    if (typeof v === 'string') return this.keyOf(v, key)?.label ?? key;
    if (v.label === null) {
      // Only after the article that gave the label was removed.
      let caps = -1;
      for (const id of v.docs) {
        const label = this.keyOf(id, key)?.label ?? key;
        if (capitals(label) > caps) {
          v.label = label;
          caps = capitals(label);
        }
      }
    }
    return v.label ?? key;
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}

function shiftDay(iso: string, delta: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + delta);
  return t.toISOString().slice(0, 10);
}

/** Containment a copy shows over its original, when dates cannot tell them apart. */
const CONTAINMENT_MARGIN = 0.1;

/**
 * Which of two articles sharing copied text came first, and how we know: the
 * earlier publication date; when the dates cannot tell (unknown, or one known
 * only to the month that contains the other): the one dated to the day, since
 * a publisher dates its own story and an unattributed copy often carries no
 * date of its own; then the one whose text is more fully contained in the
 * other is taken as the copy (a republication trims and rarely adds); when
 * that is close too, the one in the corpus first.
 */
function firstOf(a: Entry, b: Entry, aShare: number, bShare: number): { original: string; how: string } {
  const pa = a.article.dates.published?.date;
  const pb = b.article.dates.published?.date;
  // Dates compare only when neither contains the other (2010-09 says nothing against 2010-09-27).
  if (pa && pb && !pa.startsWith(pb) && !pb.startsWith(pa)) {
    const [first, later] = pa < pb ? [a, b] : [b, a];
    return { original: first.article.id, how: `published first (${first.article.dates.published!.date} before ${later.article.dates.published!.date})` };
  }
  const dayA = /^\d{4}-\d\d-\d\d/.test(pa ?? '');
  const dayB = /^\d{4}-\d\d-\d\d/.test(pb ?? '');
  if (dayA !== dayB) {
    const [dated, undated] = dayA ? [a, b] : [b, a];
    return {
      original: dated.article.id,
      how: `only ${dated.article.id} is dated to the day (${dated.article.dates.published!.date}); ${undated.article.id} ${undated.article.dates.published ? `is dated only ${undated.article.dates.published.date}` : 'has no date'} and is taken as the copy`,
    };
  }
  if (Math.abs(aShare - bShare) >= CONTAINMENT_MARGIN) {
    const [copy, original] = aShare > bShare ? [a, b] : [b, a];
    const [cs, os] = aShare > bShare ? [aShare, bShare] : [bShare, aShare];
    return {
      original: original.article.id,
      how: `publication dates ${pa && pb ? 'do not tell them apart' : 'unknown'}: ${Math.round(cs * 100)}% of ${copy.article.id}'s text is in the other, only ${Math.round(os * 100)}% the other way, so it is taken as the copy`,
    };
  }
  const builtinA = (a.article.source ?? 'builtin') === 'builtin';
  const builtinB = (b.article.source ?? 'builtin') === 'builtin';
  const first = a.order < b.order ? a : b;
  return {
    original: first.article.id,
    how: `publication dates ${pa && pb ? 'do not tell them apart' : 'unknown'}: taken as the one in the corpus first${builtinA !== builtinB ? ' (built-in before added)' : ''}`,
  };
}

export function createGrowingCrossReferences(articles: readonly CorpusArticle[]): GrowingCrossReferences {
  return createEngine(articles, []);
}

/**
 * The engine over `articles` (the built-in ones, profiled now) and the added
 * ones from their stored records, in the order they had in the corpus: the
 * same engine as before the worker stopped, without profiling their texts
 * again. A record that does not fit its article throws (the caller rebuilds).
 */
export function restoreGrowingCrossReferences(articles: readonly CorpusArticle[], restored: readonly RestoredArticle[]): GrowingCrossReferences {
  const states = [...restored].sort((a, b) => a.stored.order - b.stored.order).map((r) => ({ article: r.article, state: decodeProfile(r.article, r.stored) }));
  return createEngine(articles, states);
}

function createEngine(articles: readonly CorpusArticle[], restored: readonly { article: CorpusArticle; state: EngineState }[]): GrowingCrossReferences {
  const entries = new Map<string, Entry>();
  let nextOrder = 0;
  const keyDocs = new KeyPostings((id, key) => entries.get(id)?.profile.keys.get(key));
  const wordDf = new Map<string, number>();
  const totalMentions = (key: string): number => keyDocs.total(key);
  const dateBuckets = new Map<string, Set<string>>();
  const surnameCount = new Map<string, number>();
  const surnames = new Set<string>();
  const names = new Map<string, { name: KnownName; count: number }>();
  const shingles = new ShingleIndex();

  const stats: CorpusStatistics = liveCorpusStatistics({
    articleCount: () => entries.size,
    docFrequency: (key) => keyDocs.size(key),
    totalMentions,
  });
  // A sentence feature is a topic key or a word stem: its document frequency is the key's postings or the stem's count.
  const featureIdf = (f: string) => Math.log((entries.size + 1) / Math.max(1, f.startsWith('w:') ? (wordDf.get(f) ?? 1) : keyDocs.size(f)));
  const knownName = (skeleton: string) => names.get(skeleton)?.name;

  function personSurnames(a: CorpusArticle): string[] {
    if (languageOf(a) === 'ru') return [];
    return [...new Set(extractEntities(a.text).filter((e) => e.kind === 'person').map((e) => e.key.slice('person:'.length)))];
  }

  function countSurnames(list: string[], by: 1 | -1): void {
    for (const s of list) {
      bump(surnameCount, s, by);
      if (surnameCount.has(s)) surnames.add(s);
      else surnames.delete(s);
    }
  }

  /** Single-word names of a Latin-script profile, by skeleton, for Russian texts to resolve against. */
  function countNames(p: ArticleProfile, by: 1 | -1): void {
    if (languageOf(p.article) === 'ru') return;
    for (const k of p.keys.values()) {
      if (k.kind === 'phrase') continue;
      const word = k.kind === 'person' ? k.key.slice('person:'.length) : k.key;
      if (/\s/.test(word)) continue;
      const sk = nameSkeleton(word);
      if (sk.length < 4) continue;
      const known = names.get(sk);
      if (by > 0) {
        if (known) known.count++;
        else names.set(sk, { name: { key: k.key, name: k.label, kind: k.kind === 'person' ? 'person' : 'other' }, count: 1 });
      } else if (known && --known.count <= 0) {
        names.delete(sk);
      }
    }
  }

  function index(entry: Entry, by: 1 | -1, shingleHashes?: number[]): void {
    const { profile, article } = entry;
    for (const k of profile.keys.values()) {
      if (by > 0) keyDocs.add(k, article.id);
      else keyDocs.remove(k, article.id);
    }
    for (const f of wordFeatures(profile)) bump(wordDf, f, by);
    for (const d of profile.focalDates) {
      if (by > 0) addTo(dateBuckets, d, article.id);
      else removeFrom(dateBuckets, d, article.id);
    }
    countNames(profile, by);
    if (by > 0 && shingleHashes) shingles.addHashes(article.id, shingleHashes);
    else if (by > 0) shingles.add(article.id, article.text);
    else shingles.remove(article.id);
  }

  /** Profiles and indexes an article; `counted` are its surnames when already counted (the starting set). */
  function insert(article: CorpusArticle, counted?: string[]): void {
    const profile = profileArticle(article, surnames, knownName);
    const own =
      counted ??
      (languageOf(article) === 'ru' ? [] : [...new Set(profile.entities.filter((e) => e.kind === 'person' && e.name.includes(' ')).map((e) => e.key.slice('person:'.length)))]);
    if (!counted) countSurnames(own, 1);
    const entry: Entry = { article, profile, order: nextOrder++, event: article.dates.event ?? eventDateOf(article), surnames: own };
    entries.set(article.id, entry);
    index(entry, 1);
  }

  /** Indexes an article from its stored state; its surnames are counted already (the starting set). */
  function insertRestored(article: CorpusArticle, state: EngineState): void {
    if (entries.has(article.id)) throw new Error(`cross-references: duplicate article id "${article.id}"`);
    const entry: Entry = { article, profile: state.profile, order: nextOrder++, event: state.event, surnames: state.surnames };
    entries.set(article.id, entry);
    index(entry, 1, state.shingles);
  }

  function removeEntry(id: string): void {
    const entry = entries.get(id);
    if (!entry) return;
    index(entry, -1);
    countSurnames(entry.surnames, -1);
    entries.delete(id);
  }

  // The starting set: every full name first (as the one-shot engine does), then Latin-script
  // articles, then Russian ones, so Russian names resolve against all of them.
  const counted = new Map<string, string[]>();
  for (const a of articles) {
    if (counted.has(a.id)) throw new Error(`cross-references: duplicate article id "${a.id}"`);
    const own = personSurnames(a);
    counted.set(a.id, own);
    countSurnames(own, 1);
  }
  for (const r of restored) countSurnames(r.state.surnames, 1);
  for (const a of articles) if (languageOf(a) !== 'ru') insert(a, counted.get(a.id));
  for (const a of articles) if (languageOf(a) === 'ru') insert(a, counted.get(a.id));
  // Restored articles come after: in the engine they were built with, they were added after these.
  for (const r of restored) insertRestored(r.article, r.state);

  const entryOf = (id: string): Entry => {
    const e = entries.get(id);
    if (!e) throw new Error(`cross-references: no article "${id}" in the index`);
    return e;
  };

  // Each key's display label is its most capitalised form across the corpus, as in the one-shot engine.
  const labelOf = (key: string): string => keyDocs.label(key);
  const kindOf = (key: string): string => {
    for (const id of keyDocs.docs(key)) return entries.get(id)!.profile.keys.get(key)?.kind ?? 'phrase';
    return 'phrase';
  };

  const threadSource: ThreadSource = {
    docsOf: (key) => keyDocs.docs(key),
    profileOf: (id) => entryOf(id).profile,
    orderOf: (id) => entryOf(id).order,
    labelOf,
    kindOf,
    totalOf: totalMentions,
  };

  function sameEventRefs(self: Entry): SameEventRef[] {
    const candidates = new Set<string>();
    for (const d of self.profile.focalDates) {
      if (!/^\d{4}-\d\d-\d\d$/.test(d)) continue;
      for (const delta of [-1, 0, 1]) for (const id of dateBuckets.get(shiftDay(d, delta)) ?? []) candidates.add(id);
    }
    candidates.delete(self.article.id);
    const out: (SameEventRef & { order: number })[] = [];
    for (const id of candidates) {
      const other = entries.get(id)!;
      // sameEvent reads both profiles; the pair is scored in corpus order so both sides agree.
      const [x, y] = self.order < other.order ? [self, other] : [other, self];
      const match = sameEvent(x.profile, y.profile, stats);
      if (match) out.push({ ...refOf(other.article), ...match, relation: relationToEvent(self.event?.date, match.eventDate), order: other.order });
    }
    return out.sort((a, b) => a.order - b.order).map(({ order: _order, ...ref }) => ref);
  }

  /**
   * Other articles sharing specific keys with this one, most related first (the idf of
   * the keys they share, summed). Only keys carried by at most MAX_KEY_POSTINGS_FOLLOWED
   * articles are followed, so the work is bounded by the article's keys, not the corpus.
   */
  function related(self: Entry): Entry[] {
    const score = new Map<string, number>();
    for (const k of self.profile.keys.values()) {
      const size = keyDocs.size(k.key);
      if (size < 2 || size > MAX_KEY_POSTINGS_FOLLOWED || stats.theme.has(k.key)) continue;
      const docs = keyDocs.docs(k.key);
      const w = stats.idf(k.key);
      for (const id of docs) if (id !== self.article.id) score.set(id, (score.get(id) ?? 0) + w);
    }
    return [...score.entries()].sort((a, b) => b[1] - a[1] || entries.get(a[0])!.order - entries.get(b[0])!.order).map(([id]) => entries.get(id)!);
  }

  /**
   * A thread as this article's panel lists it: every other member when they are few,
   * else the THREAD_REFS_SHOWN most related to this article (then the earliest in the
   * corpus), in corpus order, with the count of all; threadMembers gives the full list.
   */
  function threadRefs(self: Entry, t: ThreadOfArticles, ranked: readonly Entry[], shown: number): ThreadRefs {
    const others = t.docs.size - (t.docs.has(self.article.id) ? 1 : 0);
    const chosen = new Set<string>();
    if (others > shown) {
      for (let i = 0; i < ranked.length && i < MAX_RANKED_READ && chosen.size < shown; i++) {
        if (t.docs.has(ranked[i]!.article.id)) chosen.add(ranked[i]!.article.id);
      }
    }
    for (const m of t.docs) {
      if (chosen.size >= shown) break;
      if (m !== self.article.id) chosen.add(m);
    }
    const members = [...chosen].map(entryOf).sort((a, b) => a.order - b.order);
    return { id: t.id, label: t.label, refs: members.map((m) => refOf(m.article)), others };
  }

  function sameClaimsOf(self: Entry, ranked: readonly Entry[]): ClaimPair[] {
    const weighting = claimWeighting(stats, featureIdf);
    return ranked
      .slice(0, MAX_CLAIM_CANDIDATES)
      .flatMap((other) => claimsBetween(self, other, weighting))
      .sort((x, y) => x.a.start - y.a.start || y.score - x.score);
  }

  function claimsBetween(self: Entry, other: Entry, weighting: ClaimWeighting): ClaimPair[] {
    const [x, y] = self.article.id < other.article.id ? [self, other] : [other, self];
    const pairs = claimPairs(x.profile, y.profile, stats, featureIdf, weighting);
    return x === self ? pairs : pairs.map(flip);
  }

  function copyRefs(self: Entry): CopyRef[] {
    return shingles.copiesOf(self.article.id).map((m: CopyMatch) => {
      const other = entries.get(m.id)!;
      const first = firstOf(self, other, m.share, m.otherShare);
      return { ...refOf(other.article), share: Math.round(m.share * 1000) / 1000, original: first.original, originalHow: first.how };
    });
  }

  return {
    add(article) {
      if (entries.has(article.id)) removeEntry(article.id);
      insert(article);
    },
    remove: removeEntry,
    has: (id) => entries.has(id),
    eventDateOf: (id) => entryOf(id).event,
    storedProfileOf(id) {
      const e = entryOf(id);
      return encodeProfile({ profile: e.profile, order: e.order, surnames: e.surnames, event: e.event, shingles: [...shingles.hashesOf(id)] });
    },
    crossReferencesFor(id, options = {}) {
      const self = entryOf(id);
      const ranked = related(self);
      const shown = options.threadRefs ?? THREAD_REFS_SHOWN;
      const threads = threadsOf(self.profile, threadSource, stats).map((t) => threadRefs(self, t, ranked, shown));
      return { sameEvent: sameEventRefs(self), threads, sameClaims: sameClaimsOf(self, ranked), copies: copyRefs(self) };
    },
    sameClaimsFor: (id) => sameClaimsOf(entryOf(id), related(entryOf(id))),
    threadMembers(id, threadId) {
      const self = entryOf(id);
      const thread = threadsOf(self.profile, threadSource, stats).find((t) => t.id === threadId);
      if (!thread) throw new Error(`cross-references: "${id}" is in no thread "${threadId}"`);
      return [...thread.docs].filter((m) => m !== id).map((m) => refOf(entryOf(m).article));
    },
  };
}

/** Days between two articles' event dates, when both are day-precise. */
export function eventDaysApart(index: GrowingCrossReferences, a: string, b: string): number | undefined {
  const da = index.eventDateOf(a)?.date;
  const db = index.eventDateOf(b)?.date;
  return da && db ? daysBetween(da, db) : undefined;
}
