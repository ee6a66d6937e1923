// "Roberts takes Clocaenog win …" (a headline) then "Osian Pryce Roberts won …": a lone surname completed from the text to
// a given name and the surname ("Pryce Roberts") is cut short when that pair is never printed but after one more
// capitalised word that can open a name: the person is "Osian Pryce Roberts", a given name and a double surname (Welsh,
// Spanish, Portuguese usage) or a given name and a middle one ("Mary Ann Evans"). (Forty-fourth session, test-57 w08.
// Guards: every printing of the pair has the same word right before it, after no capitalised word itself, so that three
// words at most are taken; the caller's test that the word can be a first name, as for the pair's first.)
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** `name` with the one capitalised word every printing of it follows, when there is one (see above); else `name`. */
export function withFirstNameBefore(text: string, name: string, canOpenName: (word: string) => boolean): string {
  const words = name.split(' ');
  if (words.length !== 2) return name;
  const printed = new RegExp(`(?<![\\p{L}\\p{N}'\u2019-])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}'\u2019-])`, 'gu');
  let before: string | null = null;
  let count = 0;
  for (const m of text.matchAll(printed)) {
    const w = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const wordStart = w ? m.index - w[0].length : -1;
    if (!w || /[\p{L}\p{N}'\u2019.-]$/u.test(text.slice(0, wordStart)) || (before !== null && w[1] !== before)) return name;
    // (Three words at most: no word that can open a name right before the one taken; a post's, "Councillor", may stand.)
    const prior = /(\p{Lu}[\p{L}'\u2019-]*)[ \t]+$/u.exec(text.slice(Math.max(0, wordStart - 30), wordStart));
    if (prior && canOpenName(prior[1]!)) return name;
    before = w[1]!;
    count++;
  }
  return count > 0 && before !== null && canOpenName(before) ? `${before} ${name}` : name;
}
