// "Turaga ni Koro Ratu Name Name says", "Village Headman Haji Name Name said": a post in the country's own words (a Fijian
// village's headman, "Turaga ni Koro"), or in English words no list holds, printed before a courtesy title and the
// holder's full name. The courtesy title ("Ratu", "Haji", "Dr", "Nana") opens the name, so whatever comes before it is a
// post or a description, never name words; the name is the words after the title. No list of local posts is needed.
// Guards: the title is no first word ("Datuk Seri Name": titles in a row are one title), a word before it is no title
// itself nor a known given name ('Name "Miss Nickname" Surname' is a nickname), nor a lone word that is no word for a
// person, and two or three capitalised name words follow it to the end, none a post's or a body's word ("Mayor Cr Name"
// reads as before; "the Lady Chapel Trust" is no name).
import type { Token } from './speaker-phrase.ts';
import { givenNameGender } from './given-names.ts';
import { HONORIFICS, isPersonNoun, ORGANISATION_HEADS, ROLE_NOUNS } from './vocabulary.ts';

const NAME_WORD_RE = /^\p{Lu}\p{Ll}[\p{L}'\u2019-]*$/u;

/** The index of a courtesy title inside `tokens` that a post's words come before and a full name after; -1 if none. */
export function courtesyTitleAfterPost(tokens: readonly Token[]): number {
  for (let k = 1; k <= Math.min(6, tokens.length - 3); k++) {
    const title = tokens[k]!;
    if (!HONORIFICS.has(title.lower) || !/^\p{Lu}/u.test(title.text)) continue;
    const name = tokens.slice(k + 1);
    if (name.length < 2 || name.length > 3) return -1;
    if (!name.every((t) => NAME_WORD_RE.test(t.text) && !t.possessive && !HONORIFICS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !ORGANISATION_HEADS.has(t.lower))) return -1;
    const post = tokens.slice(0, k);
    // (The post opens with a capital and holds no courtesy title of its own: "Tuan Haji Name" is titles in a row.)
    if (!/^\p{Lu}/u.test(post[0]!.text) || post.some((t) => HONORIFICS.has(t.lower) || t.possessive)) return -1;
    // (Nor a given name before a nickname in quotation marks, 'Name "Miss Nickname" Surname', guard: a known given name
    // before the title is the name's.
    // A lone word before the title is a post only if it is a word for a person, "Chairman Dr Name Name".)
    if (post.some((t) => givenNameGender(t.text) !== null) || (post.length === 1 && !isPersonNoun(post[0]!.lower))) return -1;
    return k;
  }
  return -1;
}
