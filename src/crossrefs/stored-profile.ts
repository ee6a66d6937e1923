// What the growing cross-reference engine keeps of one article between worker
// lives: its profile (topic keys with their sentences, sentence features,
// dates, focal dates), the surnames it counts, its event date, its sampled
// text shingles and its place in the corpus order. Building a profile is most
// of what rebuilding the engine costs (about 20 ms an article), so the worker
// stores this record beside the article and restores the engine from it.
// Plain data (arrays, strings, numbers): it goes through IndexedDB's
// structured clone. A record of another version, or one that does not read
// back, is not used: the engine is then rebuilt from the texts.
import type { DateClaim } from '../corpus/types.ts';
import type { ArticleProfile, TopicKey } from './article-profile.ts';
import type { DateMention } from './dates.ts';
import type { EngineArticle } from './engine-article.ts';

/** Raise whenever profileArticle, the shingles or this encoding change: older records are then rebuilt, never read. */
export const STORED_PROFILE_VERSION = 1;

const KINDS: readonly TopicKey['kind'][] = ['entity', 'person', 'phrase'];

export interface StoredProfile {
  version: number;
  /** Position in the corpus order when stored (only its rank among the stored ones matters). */
  order: number;
  surnames: string[];
  event: DateClaim | null;
  /** Sentence spans as start, end pairs (their text is the article's text between them). */
  sentences: number[];
  /** Topic keys in profile order: key, label, kind (index in KINDS), mentions, sentence indexes. */
  keys: [string, string, number, number, number[]][];
  /** Per sentence, its features in order: a number is a topic key (its index in `keys`), a string a word feature. */
  sentenceKeys: (number | string)[][];
  dates: DateMention[];
  focalDates: string[];
  shingles: number[];
}

export interface EngineState {
  profile: ArticleProfile;
  order: number;
  surnames: string[];
  event: DateClaim | undefined;
  shingles: number[];
}

export function encodeProfile(state: EngineState): StoredProfile {
  const { profile } = state;
  const keyIndex = new Map<string, number>();
  const keys: StoredProfile['keys'] = [];
  for (const k of profile.keys.values()) {
    keyIndex.set(k.key, keys.length);
    keys.push([k.key, k.label, KINDS.indexOf(k.kind), k.count, [...k.sentences]]);
  }
  return {
    version: STORED_PROFILE_VERSION,
    order: state.order,
    surnames: [...state.surnames],
    event: state.event ?? null,
    sentences: profile.sentences.flatMap((s) => [s.start, s.end]),
    keys,
    sentenceKeys: profile.sentenceKeys.map((set) => [...set].map((f) => keyIndex.get(f) ?? f)),
    dates: profile.dates.map((d) => ({ ...d })),
    focalDates: [...profile.focalDates],
    shingles: [...state.shingles],
  };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** A stored record of this version, well formed; anything else is not a record to restore from. */
export function isCurrentStoredProfile(value: unknown): value is StoredProfile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredProfile>;
  return (
    v.version === STORED_PROFILE_VERSION &&
    typeof v.order === 'number' &&
    isStringArray(v.surnames) &&
    isNumberArray(v.sentences) &&
    v.sentences.length % 2 === 0 &&
    Array.isArray(v.keys) &&
    Array.isArray(v.sentenceKeys) &&
    v.sentenceKeys.length === v.sentences.length / 2 &&
    Array.isArray(v.dates) &&
    isStringArray(v.focalDates) &&
    isNumberArray(v.shingles)
  );
}

/** The engine's state for `article` from its stored record; throws on a record that does not fit the article. */
export function decodeProfile(article: EngineArticle, stored: StoredProfile): EngineState {
  const text = article.text;
  const sentences = [];
  for (let i = 0; i < stored.sentences.length; i += 2) {
    const start = stored.sentences[i]!;
    const end = stored.sentences[i + 1]!;
    if (!(start >= 0 && end >= start && end <= text.length)) throw new Error(`stored profile of "${article.id}": a sentence outside the text`);
    sentences.push({ start, end, text: text.slice(start, end) });
  }
  const keys = new Map<string, TopicKey>();
  const keyNames: string[] = [];
  for (const [key, label, kind, count, inSentences] of stored.keys) {
    const k = KINDS[kind];
    if (k === undefined) throw new Error(`stored profile of "${article.id}": unknown key kind ${kind}`);
    keys.set(key, { key, label, kind: k, count, sentences: new Set(inSentences) });
    keyNames.push(key);
  }
  const sentenceKeys = stored.sentenceKeys.map(
    (features) =>
      new Set(
        features.map((f) => {
          if (typeof f === 'string') return f;
          const key = keyNames[f];
          if (key === undefined) throw new Error(`stored profile of "${article.id}": no key ${f}`);
          return key;
        }),
      ),
  );
  const profile: ArticleProfile = {
    article,
    sentences,
    // Entity mentions are only read to count an article's surnames when it is first profiled: the record has those.
    entities: [],
    keys,
    sentenceKeys,
    dates: stored.dates.map((d) => ({ ...d })),
    focalDates: [...stored.focalDates],
  };
  return { profile, order: stored.order, surnames: [...stored.surnames], event: stored.event ?? undefined, shingles: [...stored.shingles] };
}
