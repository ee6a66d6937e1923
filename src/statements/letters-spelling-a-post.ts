// "the DCE said" after "The District Chief Executive (DCE) for Ho West, Name, told", "The CECM told" after "County
// Executive Committee Member (CECM) for Agriculture Name said": letters in brackets that spell out a post held by one
// person, though the post opens with an area's word that also heads a body ("District", "County"). Such a post ends in
// a word for a person ("executive", "member", "commissioner") and has no "of" ("Office of the Ombudsman" is a body's).
import { ORGANISATION_HEADS, ROLE_NOUNS } from './vocabulary.ts';

/** Whether the spelled-out words (lower case) name a person's post rather than a body. */
export function spellsPersonsPost(words: readonly string[]): boolean {
  const last = words.at(-1);
  return words.length >= 2 && last !== undefined && ROLE_NOUNS.has(last) && !ORGANISATION_HEADS.has(last) && !words.includes('of');
}
