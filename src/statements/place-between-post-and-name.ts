// "Deputy Commissioner Hunza Farhan Ali told APP …" then "Farhan Ali said …": a post held over a district may name its
// place right after it, with no "of" ("Deputy Commissioner Lahore", "SSP Gilgit", "Commissioner Karachi", as South Asian
// outlets print them), so the first of three capitalised words after the post is the place, not a first name. The phrase
// reader cannot tell a place from a given name; the text can: it prints the last two words on their own as the person's
// name elsewhere. (Forty-fourth session, test-61 w10. Guards: a post held over a district before the name (a commissioner,
// a collector, a magistrate, a superintendent, a tehsildar, or such a post's letters), not any post: "Transport Minister Ray
// Camilleri Borg … Camilleri Borg told …" is a Maltese double surname (test-12 w19); exactly three name words, the first no
// given name the lists know; and the two words printed elsewhere with no capitalised word right before them.)
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { givenNameGender } from './given-names.ts';

/** Posts held over a district, whose place South Asian copy prints right after them (lower case; letters too). */
const DISTRICT_POSTS = new Set(['commissioner', 'collector', 'magistrate', 'superintendent', 'tehsildar', 'dc', 'adc', 'ac', 'ssp',
  'sp', 'dpo', 'dsp', 'dm', 'sdm', 'cpo']);

/** The name without its first word when that word is the post's place (see above); null otherwise. */
export function nameAfterPostPlace(text: string, name: readonly string[], roles: readonly string[], qualifier: string | null): string[] | null {
  const district = roles.some((r) => DISTRICT_POSTS.has(r)) || (qualifier !== null && DISTRICT_POSTS.has(qualifier));
  if (!district || name.length !== 3 || !/^\p{Lu}\p{Ll}{2,}$/u.test(name[0]!) || givenNameGender(name[0]!) !== null) return null;
  if (!name.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  const alone = new RegExp(`(?<![\\p{L}\\p{N}'\u2019-])(?<!\\p{Lu}[\\p{L}'\u2019-]*[ \\t]+)${escapeRegExp(name[1]!)}\\s+${escapeRegExp(name[2]!)}(?![\\p{L}'\u2019-])`, 'u');
  return alone.test(text) ? name.slice(1) : null;
}
