// "The Civil Defense of Amazonas reported", "the Geological Survey of Brazil said": capitalised words ending in a body's
// word, then "of" and a place's capitalised name, are one body's name (a state's or a country's service), not the body's
// first words with the place cut off. Only a place of one or two capitalised words ends the subject, so that "the Survey
// of the bay" or a longer phrase is left to the other rules.
import type { Token } from './speaker-phrase.ts';
import { isCapitalisedWord } from './token-forms.ts';

/** The body's full name, when `tokens` are "[the] <Capitalised words ending in a body's word> of <Place>"; else null. */
export function bodyOfPlaceName(tokens: readonly Token[], isBodyEnd: (lower: string) => boolean): string | null {
  const first = tokens[0]?.lower === 'the' ? 1 : 0;
  const of = tokens.findIndex((t, k) => k > first && t.text === 'of');
  if (of < first + 2) return null;
  const name = tokens.slice(first, of);
  const place = tokens.slice(of + 1);
  if (place.length < 1 || place.length > 2 || !place.every(isCapitalisedWord)) return null;
  if (!name.every(isCapitalisedWord) || !isBodyEnd(name.at(-1)!.lower)) return null;
  return tokens.slice(first).map((t) => t.text).join(' ');
}
