// "Tuala Lemalu Fepulea'i told the Observer … Tuala said": a person named in full and called later by the first word of
// the name (a Samoan matai title before the rest of the name, an Indonesian or a Malay name's first part, a given name
// no list holds). A lone word nobody else is known by reads as a body's name; when it opens the full name of exactly one
// person who has already spoken in the text, and the text never prints it before other capitalised words (as a body's
// name is, "Nordvik Shipping ASA", a headline's "Nordvik Shipping Weighs Sale" mistaken for a person), and no word of the
// name is a body's ("Ashgrove Logistics Ltd Appellant", a case title mistaken for a person), it is that person.
import { BODY_NAME_ENDS } from './speaker-phrase.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

/** The capitalised words printed right after `at` (the word's end) in `text`, up to four. */
function capitalisedWordsAfter(text: string, at: number): string[] {
  const words: string[] = [];
  const re = /[ \t]+(\p{Lu}[\p{L}'\u2019-]*)/uy;
  re.lastIndex = at;
  for (let m = re.exec(text); m && words.length < 4; m = re.exec(text)) words.push(m[1]!);
  return words;
}

/**
 * The one person among `speakers` (full names of two words or more) whose name opens with `word`, where every other
 * place `text` prints the word either ends there or goes on with that name's words; null if none, several or another.
 */
export function speakerNameOpenedBy(word: string, speakers: Iterable<string>, text: string): string | null {
  let found: string | null = null;
  for (const speaker of speakers) {
    const words = speaker.split(' ');
    if (words.length < 2 || words[0] !== word) continue;
    if (found !== null && found !== speaker) return null;
    found = speaker;
  }
  if (found === null) return null;
  const rest = found.split(' ').slice(1);
  if (rest.some((w) => BODY_NAME_ENDS.has(w.toLowerCase()) || ORGANISATION_HEADS.has(w.toLowerCase()))) return null;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + word.length] ?? '')) continue;
    const after = capitalisedWordsAfter(text, i + word.length);
    if (after.length > rest.length || after.some((w, k) => w !== rest[k])) return null;
  }
  return found;
}
