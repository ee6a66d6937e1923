// "The Wali of Izki, Sheikh Name, visited …", "The Emir of Kano, Name, said": a capitalised title of a place, one word
// after "The" and before "of", whose holder is named in apposition after it. Such titles are endless (a wali, an emir,
// an oba, a bishop) and need no list: "The <Word> of <Place>" followed by a full name between commas is the post and its
// holder, so the name is the sentence's subject (a later "he" is theirs). A body's head ("The Bank of England") is not.
import type { Token } from './speaker-phrase.ts';
import { isCapitalisedWord } from './token-forms.ts';
import { ORGANISATION_HEADS, ROLE_NOUNS } from './vocabulary.ts';

/** Whether `tokens` are "The <Title> of <Place>" (the place one to three capitalised words). */
export function isTitleOfPlace(tokens: readonly Token[]): boolean {
  if (tokens.length < 4 || tokens.length > 6 || tokens[0]!.text !== 'The' || tokens[2]!.text !== 'of') return false;
  const title = tokens[1]!;
  if (!isCapitalisedWord(title) || (ORGANISATION_HEADS.has(title.lower) && !ROLE_NOUNS.has(title.lower))) return false;
  return tokens.slice(3).every(isCapitalisedWord);
}
