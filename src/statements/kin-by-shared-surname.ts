// (Forty-third session.) "A father and son who sell yam at the market, Name Ntiamoah, 64, and Name Ntiamoah, 31, lost their
// stock. ¶ Opanin Ntiamoah said …. ¶ His son said …", "A mother and daughter who run the daycare, … ¶ Name Keesick said ….
// ¶ Her daughter said …": a kin word owned by "his" / "her" right after the latest one quoted, where the text told of the
// two as such a pair ("a father and son", "two sisters") and printed exactly one other full name with the owner's surname,
// is that other bearer. Before, the word was a relation nobody the text named held, so an unnamed source.
// Guards: only the kin words (spouses are couple-named-together.ts's); the pair told of by its words before the phrase
// ("father and son", "mother and daughter", "brothers", "sisters", "siblings", "twins"); two bearers of the surname, no
// more, the other printed before the phrase; the pronoun fits the owner and the word fits the other, by what the text
// (or the given-name lists) says of each.

import { isIrishParticle } from './name-forms.ts';
import { NAME_PARTICLES } from './vocabulary.ts';

const KIN_GENDER: Record<string, 'm' | 'f'> = { son: 'm', daughter: 'f', father: 'm', mother: 'f', brother: 'm', sister: 'f' };

/** The words that tell of the pair a kin word belongs to, before the phrase. */
const PARENT_AND_CHILD_RE = /(?<![\p{L}])(?:(?:father|mother|dad|mum|mom)\s+and\s+(?:son|daughter)|(?:son|daughter)\s+and\s+(?:father|mother|dad|mum|mom))(?![\p{L}])/iu;
const SIBLINGS_RE = /(?<![\p{L}])(?:brothers|sisters|siblings|twins|(?:brother|sister)\s+and\s+(?:brother|sister))(?![\p{L}])/iu;

/** The other bearer of the owner's surname that "his son" / "her daughter" / "his brother" at `at` means; else null. */
export function kinBySharedSurname(
  text: string,
  at: number,
  pronoun: string,
  word: string,
  owner: string,
  bearersOf: (surname: string[]) => ReadonlySet<string>,
  genderOf: (name: string) => 'm' | 'f' | null,
): string | null {
  const kinGender = KIN_GENDER[word];
  const ownerGender = pronoun.toLowerCase() === 'her' ? 'f' : pronoun.toLowerCase() === 'his' ? 'm' : null;
  if (!kinGender || !ownerGender) return null;
  const before = text.slice(0, at);
  const pairRe = word === 'brother' || word === 'sister' ? SIBLINGS_RE : PARENT_AND_CHILD_RE;
  if (!pairRe.test(before)) return null;
  const words = owner.split(' ');
  if (words.length < 2) return null;
  // (A surname led by a particle is read whole: "Pádraig Ó Laoire" and "Cathal Ó Laoire".)
  const particled = words.length >= 3 && (NAME_PARTICLES.has(words.at(-2)!.toLowerCase()) || isIrishParticle(words.at(-2)!));
  const bearers = [...bearersOf(words.slice(particled ? -2 : -1))];
  if (bearers.length !== 2 || !bearers.includes(owner)) return null;
  const other = bearers.find((b) => b !== owner)!;
  const otherAt = before.indexOf(other);
  if (otherAt < 0) return null;
  const fits = (name: string, gender: 'm' | 'f') => (genderOf(name) ?? gender) === gender;
  return fits(owner, ownerGender) && fits(other, kinGender) ? other : null;
}
