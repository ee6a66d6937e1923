// (Forty-third session, d2401.) "The Municipal Fire Commander, DO I Name Name, said …. "…," said the fire commander.": a post
// printed in capitals keeps the noun right before its post word ("Fire" of "Fire Commander") as a word of the post, as the
// lower-case "the fire commander" keeps "fire" (isRoleAdjunct in speaker-phrase.ts); before, the capitalised post was held
// as "commander" alone, and "the fire commander" asked for more than the holder held, so it went to nobody.
// Guards: only the one word right before the post word; a plain capitalised word of four letters or more, small letters
// after the capital; no word the post already keeps, no nationality, place-like compass word or name particle; no word
// in an adjective's or a participle's ending ("Operating", "Financial", "Executive"): "the Chief Operating Officer said"
// is also how the text calls back a holder printed as "Chief Operating Officer Name", whose post does not keep that word.
import { isNationality, NAME_PARTICLES, ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

const ADJECTIVE_ENDING = /(?:ing|ive|al|ic|ary|ory|ous|ful)$/;

const NOT_ADJUNCTS = new Set(['north', 'south', 'east', 'west', 'central', 'general', 'national', 'regional', 'district',
  'municipal', 'county', 'state', 'city', 'metropolitan', 'provincial', 'federal', 'acting', 'interim', 'deputy', 'assistant']);

/** The lower-cased noun right before a capitalised post's last word ("fire" of "Municipal Fire Commander"); else null. */
export function capitalisedPostAdjunct(name: readonly string[], kept: (lower: string) => boolean): string | null {
  if (name.length < 2) return null;
  const word = name.at(-2)!;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return null;
  const lower = word.toLowerCase();
  if (ADJECTIVE_ENDING.test(lower)) return null;
  if (kept(lower) || NOT_ADJUNCTS.has(lower) || isNationality(lower) || NAME_PARTICLES.has(lower) || ROLE_NOUNS.has(lower) || ROLE_MODIFIERS.has(lower)) return null;
  return lower;
}
