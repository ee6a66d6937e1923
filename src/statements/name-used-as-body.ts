// Two more ways a text shows that capitalised words it quotes are a body's name, not a person's, by how it prints them
// (speaker-resolver.ts referredToAsBody owns the shape; no list of bodies is kept):
//  - printed right after "the": "the final round of the Harbour Open", "In a statement, the Conseil du Lait said". No
//    person's full name takes the article. Guards: two words or more (not "the Hague", a place's one word); the name
//    closed there (a full stop, a comma, a verb of saying, "has"/"is"), so that "the John Smith Foundation" (a capital
//    after) and "the Joe Biden administration" (a noun after) do not make the man a body; none of its words a courtesy
//    title or a post ("the Rev Name", "the Duke of Name").
//  - opened by a word the text also prints in lower case as a common noun after an article: "Fisheries Tasmania says" beside
//    "a fisheries officer", "Biosecurity Ontario" beside "the biosecurity order". Guards: the word is no given name
//    (givenNameGender: "Rose Bell" beside "the rose garden"), no post or person's word ("Coach Smith" beside "the coach"),
//    four letters at least; the name printed mid-sentence once at least (not only opening a headline or a sentence,
//    "Early Barra sailing to be dropped" beside "the early sailing"); and the name's last word is never printed alone before a verb of saying, as a surname is
//    ("Hope Mwangi … Mwangi said").

import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { givenNameGender } from './given-names.ts';
import { HONORIFICS, isListedPersonNoun, ROLE_NOUNS } from './vocabulary.ts';

const SAYING = 'said|says|added|announced|confirmed|reported|stated|warned|told|insisted|wrote|explained';

function isPostWord(word: string): boolean {
  const lower = word.toLowerCase();
  return HONORIFICS.has(lower) || ROLE_NOUNS.has(lower) || isListedPersonNoun(lower);
}

// (Only the listed words for a post or a person, not one read by its ending: "Classic", "Center" end names of bodies.)

/** Whether the text prints these capitalised words right after "the", the name closed there. */
export function printedAfterArticle(text: string, words: readonly string[]): boolean {
  if (words.length < 2 || words.some(isPostWord)) return false;
  const name = words.map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}])[Tt]he\\s+${name}(?:\\s*[.,;:!?)\\n]|\\s*$|\\s+(?:${SAYING}|has|had|is|was|will|would)(?![\\p{L}]))`, 'u').test(text);
}

/** Whether the name's first word is one the text also prints in lower case as a common noun, after an article. */
export function openedByCommonWord(text: string, words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0]!;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(first) || givenNameGender(first) !== null || words.some(isPostWord)) return false;
  // (The name printed mid-sentence at least once, so that its first capital is its own: "Early Barra sailing to be dropped"
  // opens a headline, "early" is no body's word there.)
  const name = words.map(escapeRegExp).join('\\s+');
  if (!new RegExp(`(?:\\p{Ll}[\\p{L}'\u2019-]*|[,;:])[ \\t]+${name}(?![\\p{L}])`, 'u').test(text)) return false;
  const lower = first.toLowerCase();
  if (!new RegExp(`(?<![\\p{L}])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ur)\\s+${escapeRegExp(lower)}(?![\\p{L}'\u2019-])`, 'u').test(text)) return false;
  const last = escapeRegExp(words.at(-1)!);
  return !new RegExp(`(?<![\\p{L}])${last}\\s+(?:${SAYING})(?![\\p{L}])`, 'u').test(text.replace(new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu'), ''));
}
