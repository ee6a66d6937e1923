// «Министерство топлива и энергетики Республики Тыва», «Министерство культуры Удмуртской Республики»: a republic's
// ministry or committee is named by its head word, what it is for (lower-case genitives) and the republic in the
// genitive. The phrase was read as no one, or its last capitalised words as a person («Республика Тыва»), since a
// republic's name is shaped as a name («Республики Коми»), where a region's («Кемеровской области») is not. The body's
// name runs on to the republic's end (thirty-sixth session, test-54 r02). Guards: the first word a capitalised body's
// word; one to four lower-case words after it (no preposition but «и»); then only the republic: «Республики» and one
// or two capitalised names, or a capitalised adjective and «Республики»; nothing after.

import type { Token } from './speaker-phrase.ts';

const capitalised = (t: Token) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(t.text);

/** How many tokens at the end of `tokens` name a republic in the genitive, or 0. */
export function republicTail(tokens: readonly Token[]): number {
  const at = tokens.findIndex((t) => t.text === 'Республики');
  if (at < 1) return 0;
  const after = tokens.slice(at + 1);
  // («Республики Тыва», «Республики Северная Осетия»)
  if (after.length >= 1 && after.length <= 2 && after.every(capitalised)) return after.length + 1;
  // («Удмуртской Республики», «Кабардино-Балкарской Республики»)
  if (after.length === 0 && capitalised(tokens[at - 1]!) && /(?:ской|цкой)$/u.test(tokens[at - 1]!.text)) return 2;
  return 0;
}

/**
 * The words of a body of a republic («Министерство … Республики Тыва»), or null: `isBodyWord` tells the head word,
 * `isPreposition` the words that end a name.
 */
export function bodyOfRepublic(tokens: readonly Token[], isBodyWord: (t: Token) => boolean, isPreposition: (t: Token) => boolean): Token[] | null {
  const tail = republicTail(tokens);
  if (tail === 0 || !/^\p{Lu}\p{Ll}/u.test(tokens[0]?.text ?? '') || !isBodyWord(tokens[0]!)) return null;
  const between = tokens.slice(1, tokens.length - tail);
  if (between.length < 1 || between.length > 4) return null;
  if (!between.every((t) => /^\p{Ll}+$/u.test(t.text) && (t.lower === 'и' || !isPreposition(t)))) return null;
  if (between[0]!.lower === 'и' || between.at(-1)!.lower === 'и') return null;
  return [...tokens];
}
