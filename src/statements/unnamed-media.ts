// "Local media reported that …", "State media said …", "Media reports said …", "Local news reports say …": outlets the
// text does not name speak as an unnamed source, as a bare "Reports said" already does.
// Guards: every word in lower case but the sentence's opening one (a named outlet or body, "Pacific Media Trust",
// "Fiji Media Council", "Tonga Media", keeps its name's reading); "media" must be the last word or be followed by
// "reports | outlets | accounts"; "reports" alone after an adjective only with a word that says they are news ("local",
// "unconfirmed", "news", "press", "media").

import type { Token } from './speaker-phrase.ts';

/** Words that may stand before "media": which outlets, never whose. */
const MEDIA_KINDS = new Set(['local', 'state', 'state-run', 'state-owned', 'national', 'regional', 'foreign', 'international',
  'official', 'independent', 'opposition', 'pro-government', 'online', 'domestic', 'western', 'mainstream', 'government',
  'government-run', 'private', 'several', 'some', 'many', 'other', 'news']);
/** Nouns for what outlets publish, after "media" / "news" / "press". */
const MEDIA_ITEMS = new Set(['reports', 'outlets', 'accounts']);
/** Words that make a bare "reports" news reports. */
const NEWS_WORDS = new Set(['local', 'unconfirmed', 'earlier', 'news', 'press', 'media', 'several', 'some', 'recent', 'other']);

/** Whether the speaker phrase's tokens are outlets left unnamed. */
export function isUnnamedMedia(all: readonly Token[]): boolean {
  if (all.length < 2 || all.length > 4) return false;
  if (!all.every((t, k) => /^\p{Ll}/u.test(t.text) || (k === 0 && /^\p{Lu}[\p{Ll}-]*$/u.test(t.text)))) return false;
  const words = all.map((t) => t.lower);
  const mediaAt = words.findIndex((w) => w === 'media' || w === 'press' || w === 'news');
  const last = words.at(-1)!;
  if (last === 'media') return words.slice(0, -1).every((w) => MEDIA_KINDS.has(w));
  if (MEDIA_ITEMS.has(last) && mediaAt >= 0 && mediaAt === words.length - 2) return words.slice(0, mediaAt).every((w) => MEDIA_KINDS.has(w) || NEWS_WORDS.has(w));
  if (last === 'reports') return words.slice(0, -1).every((w) => NEWS_WORDS.has(w));
  return false;
}
