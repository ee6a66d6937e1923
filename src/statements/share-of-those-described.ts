// "One of those present said …", "Several of those at the meeting said …", "One of those who attended said …": some of
// the people described by where they were or what they did, never named, are an unnamed source, as "Those present said"
// and "Those at the meeting said" are (speaker-phrase.ts, the rule for "someone" / "those" with a description). Before,
// the partitive left "those present" as the head and found no person in it, so the sentence had no speaker and its clause
// was lost. Thirty-fifth session.
// Guards: only a count or a quantifier before "of those" ("One", "Some", "Several", "Many", "Most", "Two" …); the word
// after "those" must describe people (a source description, "who", or a preposition of place or of belonging), so "One of
// those measures" or "One of those days" is no speaker.
import type { Token } from './speaker-phrase.ts';

const SHARES = new Set(['one', 'some', 'several', 'many', 'most', 'both', 'two', 'three', 'four', 'five', 'few']);
const PLACE = new Set(['with', 'at', 'in', 'inside', 'within', 'around', 'on']);

/** Whether `all` is "<share> of those <described>"; the share's word tells one person from several. */
export function shareOfThoseDescribed(all: readonly Token[], describes: (word: string) => boolean): { plural: boolean } | null {
  if (all.length < 4 || !SHARES.has(all[0]!.lower) || all[1]!.lower !== 'of' || all[2]!.lower !== 'those') return null;
  const next = all[3]!.lower;
  if (!describes(next) && !PLACE.has(next)) return null;
  return { plural: all[0]!.lower !== 'one' };
}
