// «Председатель союза Name Patronymic Surname, 68-летний уроженец Глазова, …» … «— говорит уроженец Глазова»; «58-летний
// уроженец Петрозаводска Name Surname рыбачит …» … «— сказал уроженец Петрозаводска»: «уроженец / уроженка» and a place is
// a second reference to the one person the text named with that very place of birth, before or after the name. The
// mention had gone to the latest man or woman who spoke, or been read as a body «уроженец Петрозаводска». Thirty-seventh
// session, an eighth probe of Russian speakers (dev d1961, d1962, d1964).
// Guards: the mention is «уроженец» / «уроженка» (any case of the first letter) and the place is the capitalised word right
// after it in the text; earlier in the text the same word after «уроженец / уроженка» of the same sex stands right before a
// full name, or right after «Name Surname,» and at most an age («68-летний»); exactly one such name, else nothing changes.

import { escapeRegExp } from '../text/escape-reg-exp.ts';

const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;

/** The full name the text gave «уроженец <place>» to, for a mention of «уроженец <place>» at `at`; else null. */
export function nativeOfPlaceNamed(text: string, mention: string, at: number): string | null {
  const m = /^\s*([Уу]рожен(?:ец|ка))\s+(\p{Lu}[\p{L}-]+)/u.exec(text.slice(at, at + mention.length + 40));
  if (!m || !/^\s*[Уу]рожен(?:ец|ка)/u.test(mention)) return null;
  const word = m[1]!.toLowerCase();
  const place = escapeRegExp(m[2]!);
  const before = text.slice(0, at);
  const names = new Set<string>();
  const after = new RegExp(`(?<!\\p{L})${word}\\s+${place}\\s+(${NAME}(?:\\s+${NAME}){1,2})(?!\\p{L})`, 'gu');
  for (const found of before.matchAll(after)) names.add(found[1]!);
  const ahead = new RegExp(`(?<!\\p{L})(${NAME}(?:\\s+${NAME}){1,2}),\\s+(?:\\d{1,3}-летн\\p{Ll}+\\s+)?${word}\\s+${place}(?!\\p{L})`, 'gu');
  for (const found of before.matchAll(ahead)) names.add(found[1]!);
  return names.size === 1 ? [...names][0]! : null;
}
