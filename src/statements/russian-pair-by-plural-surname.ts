// «Супруги Name и Name Surname-ы держат пасеку …. Они рассказали, что …», «… готовят супруги Name и Name Surname-ы. Они
// рассказали …», «Смотрители Name и Name Surname-ы …. Супруги Surname-ы …. Они рассказали»: two people named by their given
// names and one surname in the plural speak as one; «они» right after them is the pair. The README's convention for
// speakers who are not one gives the first named, in full, the surname put in the singular for the first named's sex
// («Лариса и Михаил Ветровы» → Лариса Ветрова; «Алексей и Ольга Дорофеевы» → Алексей Дорофеев). Before, «Они» went to no
// one, an unnamed group, or the man quoted last. (Forty-first session, twelfth Russian speaker probe: dev d2252, d2254,
// d2291, d2295.)
// Guards: a capitalised given name, «и», a capitalised given name, then one capitalised surname in a plural of «-овы»,
// «-евы», «-ёвы», «-ины», «-ыны» or «-ские» / «-цкие»; the first given name's sex known (given-names.ts, else its ending);
// only for a speaker, not a mention («они» inside a quotation); the pair in the
// same paragraph as «они», at most two full stops between; no other capitalised full name printed between them.

import { givenNameGender } from './given-names.ts';

const PAIR_RE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+)\s+и\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:(?:ов|ев|ёв|ин|ын)ы|[сц]кие))(?![\p{L}-])/gu;

/** The first named of a pair «Name и Name Surname-ы» printed shortly before `at`, as one person's full name; else null. */
export function russianPairBefore(text: string, at: number): string | null {
  const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
  const stretch = text.slice(paragraphStart, at);
  const pair = [...stretch.matchAll(PAIR_RE)].at(-1);
  if (!pair) return null;
  const between = stretch.slice(pair.index! + pair[0].length);
  if ((between.match(/[.!?](?=\s)/gu) ?? []).length > 2) return null;
  // (Nobody else named in full since: a given name and a surname in the singular.)
  if (/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:ов|ев|ин|ова|ева|ина|ский|ская)(?![\p{L}-])/u.test(between)) return null;
  const first = pair[1]!;
  // (A given name the lists do not know by its ending: «-а» / «-я» a woman's, a consonant a man's; not «Никита», «Илья».)
  const sex = givenNameGender(first) ?? (/(?:ита|илья|ша|ка)$/iu.test(first) ? null : /[ая]$/u.test(first) ? 'f' : /[бвгдзклмнпрстфхцчшщйь]$/u.test(first) ? 'm' : null);
  if (!sex) return null;
  const plural = pair[3]!;
  const singular = /кие$/u.test(plural) ? plural.replace(/ие$/u, sex === 'm' ? 'ий' : 'ая') : sex === 'm' ? plural.slice(0, -1) : `${plural.slice(0, -1)}а`;
  return `${first} ${singular}`;
}
