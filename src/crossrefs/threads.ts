// Threads: topics several articles report (Kosovo, missile defence, the
// security treaty...). A topic key (entity or content phrase, beyond the
// corpus theme) carried by two or more articles seeds a thread; keys carried
// by the same articles that occur in the same sentences join it, and a
// narrower key that shares a word with a thread's key and sits beside it
// ("security treaty" beside "European security") is absorbed rather than
// becoming a near-duplicate thread. Only topics start a thread (see
// canSeedThread): not people, cities or descriptive phrases.
import type { ArticleProfile } from './article-profile.ts';
import type { CorpusStatistics } from './corpus-statistics.ts';
import { isKnownCity } from './entity-aliases.ts';

export interface Thread {
  /** Stable id derived from the seed key. */
  id: string;
  label: string;
  /** Topic keys, seed first. */
  keys: string[];
  /** Article ids, in corpus order. */
  members: string[];
}

interface Building {
  keys: string[];
  labels: Map<string, string>;
  docs: ReadonlySet<string>;
}

const MAX_LABEL_KEYS = 3;

/** Word endings of English adjectives and adverbs ("national", "military", "legally"): a phrase opening with one is a description, not a topic. */
const DESCRIPTIVE_ENDING = /(?:al|ary|ic|ical|ive|ous|ful|less|able|ible|ly)$/;
/** Heads of noun phrases too general to name a topic ("breakaway region", "security concerns"). */
const GENERIC_HEADS = new Set(['region', 'concern', 'interest', 'relation', 'partner', 'member', 'problem', 'challenge', 'threat', 'approach', 'position', 'attitude', 'principle', 'proposal', 'idea', 'plan', 'move', 'decision', 'situation', 'process', 'framework', 'format', 'basis']);

/**
 * Whether a key may start a thread. People never do (they are speakers);
 * cities never do (a dateline or venue: "New York", "BRUSSELS"); a word
 * phrase does only when it names a thing ("missile defense", "drug
 * trafficking", "European security"), not when it describes ("legally
 * binding", "national interests") or is too general ("breakaway region").
 * Any of them can still join a thread a topic started.
 */
export function canSeedThread(key: string, kind: string, label: string): boolean {
  if (kind === 'person') return false;
  if (kind !== 'phrase') return !isKnownCity(key);
  const words = key.split(' ');
  const first = label.split(/\s+/)[0] ?? '';
  if (words.some((w) => /ly$/.test(w))) return false;
  if (!/^\p{Lu}/u.test(first) && DESCRIPTIVE_ENDING.test(words[0]!)) return false;
  return !GENERIC_HEADS.has(words[words.length - 1]!);
}

/**
 * Articles of a key read by the tests that join a key to a thread (subset,
 * co-occurrence): all of them up to this many, else the first this many in
 * corpus order, so that on a corpus of thousands a thread costs what it costs
 * on a small one. Set equality is always checked in full (it stops at the first
 * difference, and large keys rarely have the same size).
 */
const JOIN_SAMPLE = 48;

function* sample(docs: ReadonlySet<string>): Iterable<string> {
  let n = 0;
  for (const id of docs) {
    if (n++ >= JOIN_SAMPLE) return;
    yield id;
  }
}

function every(ids: Iterable<string>, test: (id: string) => boolean): boolean {
  for (const id of ids) if (!test(id)) return false;
  return true;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && every(a, (x) => b.has(x));
}

function subset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size < b.size && every(sample(a), (x) => b.has(x));
}

/** What thread building reads of a corpus: the articles carrying a key, a profile by id, and corpus order. */
export interface ThreadSource {
  docsOf(key: string): ReadonlySet<string>;
  profileOf(id: string): ArticleProfile;
  /** Corpus order of an article (members are listed in it). */
  orderOf(id: string): number;
  labelOf(key: string): string;
  kindOf(key: string): string;
  totalOf(key: string): number;
}

/** A thread as built, its articles the seed key's articles (a live set, in corpus order when the source keeps one). */
export interface ThreadOfArticles {
  id: string;
  label: string;
  keys: string[];
  docs: ReadonlySet<string>;
}

/** Seeds and joins threads from candidate keys (already filtered and sorted). */
function buildThreads(candidates: string[], src: ThreadSource): ThreadOfArticles[] {
  const coOccurs = (key: string, thread: Building, docs: ReadonlySet<string>): boolean =>
    every(sample(docs), (id) => {
      const keys = src.profileOf(id).keys;
      const mine = keys.get(key)!.sentences;
      return thread.keys.some((t) => {
        const theirs = keys.get(t)?.sentences;
        return theirs !== undefined && [...mine].some((s) => theirs.has(s));
      });
    });
  const sharesWord = (key: string, thread: Building): boolean => {
    const ws = new Set(key.split(' '));
    return thread.keys.some((t) => t.split(' ').some((w) => ws.has(w)));
  };

  const building: Building[] = [];
  for (const key of candidates) {
    const docs = src.docsOf(key);
    const joined =
      building.find((t) => sameSet(t.docs, docs) && coOccurs(key, t, docs)) ??
      building.find((t) => subset(docs, t.docs) && sharesWord(key, t) && coOccurs(key, t, docs));
    if (joined) {
      joined.keys.push(key);
      joined.labels.set(key, src.labelOf(key));
    } else if (canSeedThread(key, src.kindOf(key), src.labelOf(key))) {
      building.push({ keys: [key], labels: new Map([[key, src.labelOf(key)]]), docs });
    }
  }

  return building.map((t) => {
    // Most mentioned first, people last; a label sharing a word with one already shown adds nothing.
    const shown: string[] = [];
    const shownWords = new Set<string>();
    for (const k of [...t.keys].sort((a, b) => Number(src.kindOf(a) === 'person') - Number(src.kindOf(b) === 'person') || src.totalOf(b) - src.totalOf(a))) {
      const label = t.labels.get(k)!;
      const ws = label.toLowerCase().split(/[\s-]+/);
      if (ws.some((w) => shownWords.has(w)) || shown.length >= MAX_LABEL_KEYS) continue;
      shown.push(label);
      for (const w of ws) shownWords.add(w);
    }
    return { id: `thread:${t.keys[0]!.replace(/\s+/g, '-')}`, label: shown.join(' · '), keys: t.keys, docs: t.docs };
  });
}

function withMembers(t: ThreadOfArticles, src: ThreadSource): Thread {
  return { id: t.id, label: t.label, keys: t.keys, members: [...t.docs].sort((a, b) => src.orderOf(a) - src.orderOf(b)) };
}

/** A phrase built on a theme word ("NATO members") is about the theme, not a topic. */
function onTheme(key: string, kind: string | undefined, stats: CorpusStatistics): boolean {
  return kind === 'phrase' && key.split(' ').some((w) => stats.theme.has(w));
}

function byReach(src: ThreadSource): (a: string, b: string) => number {
  return (a, b) => src.docsOf(b).size - src.docsOf(a).size || src.totalOf(b) - src.totalOf(a) || a.localeCompare(b);
}

export function findThreads(profiles: ArticleProfile[], stats: CorpusStatistics): Thread[] {
  const docsOf = new Map<string, Set<string>>();
  const labelOf = new Map<string, string>();
  const kindOf = new Map<string, string>();
  const totalOf = new Map<string, number>();
  const byId = new Map(profiles.map((p, i) => [p.article.id, { p, i }]));
  for (const p of profiles) {
    for (const k of p.keys.values()) {
      if (stats.theme.has(k.key)) continue;
      if (!docsOf.has(k.key)) docsOf.set(k.key, new Set());
      docsOf.get(k.key)!.add(p.article.id);
      totalOf.set(k.key, (totalOf.get(k.key) ?? 0) + k.count);
      const prev = labelOf.get(k.key);
      if (!prev || (k.label.match(/\p{Lu}/gu)?.length ?? 0) > (prev.match(/\p{Lu}/gu)?.length ?? 0)) labelOf.set(k.key, k.label);
      kindOf.set(k.key, k.kind);
    }
  }
  const src: ThreadSource = {
    docsOf: (key) => docsOf.get(key) ?? new Set(),
    profileOf: (id) => byId.get(id)!.p,
    orderOf: (id) => byId.get(id)!.i,
    labelOf: (key) => labelOf.get(key)!,
    kindOf: (key) => kindOf.get(key) ?? 'phrase',
    totalOf: (key) => totalOf.get(key) ?? 0,
  };
  const candidates = [...docsOf.keys()].filter((k) => docsOf.get(k)!.size >= 2 && !onTheme(k, kindOf.get(k), stats)).sort(byReach(src));
  return buildThreads(candidates, src).map((t) => withMembers(t, src));
}

/**
 * The threads one article belongs to, built from its own keys only (each key's
 * articles read from the index): the same threads findThreads finds for it, so
 * a growing corpus never has to rebuild all threads. Members are not listed
 * (a thread on a large corpus can hold thousands): `docs` are the seed key's
 * articles as the source holds them.
 */
export function threadsOf(self: ArticleProfile, src: ThreadSource, stats: CorpusStatistics): ThreadOfArticles[] {
  const candidates = [...self.keys.values()]
    .filter((k) => !stats.theme.has(k.key) && src.docsOf(k.key).size >= 2 && !onTheme(k.key, src.kindOf(k.key), stats))
    .map((k) => k.key)
    .sort(byReach(src));
  return buildThreads(candidates, src).filter((t) => t.docs.has(self.article.id));
}
