// «Золото досталось Name(-ье) Surname(-ой) из …. Surname-а рассказала, что …»: a woman named in full only in an oblique case
// and with no post before her (so the directory, which learns titled names and names beside a verb of saying, never
// learned her), then by her surname alone. That surname alone had been read as a body («Surname-а», organisation), or as
// a man's genitive of the same stem printed later («Сергей Surname» for «Surname-а рассказала»). Forty-second session,
// thirteenth Russian speaker probe (d2343, d2344).
// Guards: a Cyrillic surname in a woman's ending («-ова», «-ева», «-ёва», «-ина», «-ына»); exactly one first name printed
// before a form of it (russian.ts withFirstName), a woman's listed given name; not after «По словам / мнению / данным»,
// where the word is a genitive and may be a man's.

import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { givenNameGender } from './given-names.ts';
import { russianNominativeName, withFirstName } from './russian.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** The woman's full name, nominative, that a lone surname stands for; else null. */
export function herFullNameFromOblique(text: string, phrase: SpeakerPhrase): string[] | null {
  if (phrase.kind !== 'name' || phrase.name.length !== 1 || !/^[\u0400-\u04FF]\p{Ll}+(?:ова|ева|ёва|ина|ына)$/u.test(phrase.name[0]!)) return null;
  if (/[Пп]о\s+(?:словам|мнению|данным)\s+(?:\p{Ll}+\s+){0,4}$/u.test(text.slice(Math.max(0, phrase.start - 60), phrase.start))) return null;
  const full = withFirstName(text, phrase);
  if (full.name.length !== 2) return null;
  // (Forty-third session: «По словам Айгерим Сарсеновой» … «— сказала Сарсенова»: a given name the list does not hold is
  // hers too when the text prints it before the surname in a woman's oblique «-ой», which no man's form is. Guard: the
  // given name no man's of the list.)
  const womansOblique = new RegExp(`(?<![\\p{L}-])${escapeRegExp(full.name[0]!)}\\s+${escapeRegExp(phrase.name[0]!.slice(0, -1))}ой(?![\\p{L}-])`, 'u').test(text);
  if (givenNameGender(full.name[0]!) === 'f') return full.name;
  // (The given name put in the nominative first, «Ольги» → Ольга, as a declining one is; «Айгерим» stays.)
  const given = russianNominativeName([full.name[0]!, `${phrase.name[0]!.slice(0, -1)}ой`])[0]!;
  return womansOblique && givenNameGender(given) !== 'm' ? [given, full.name[1]!] : null;
}
