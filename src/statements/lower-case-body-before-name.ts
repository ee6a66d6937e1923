// "Head of the provincial transportation agency Yohanes Bria said", "director of the district health office Name Name":
// a post, then the body it is held in described in lower case (no body's name), then the holder's name. The body's
// words end in a body's head word; the name after them is two or three capitalised words ending the phrase.
import type { Token } from './speaker-phrase.ts';
import { DEFINITE, ORGANISATION_HEADS, ROLE_NOUNS } from './vocabulary.ts';

/** A part of a body, after the body's possessive ("the agency's emergency division", "the council's planning unit"). */
const UNIT_WORDS = new Set(['division', 'unit', 'section', 'branch', 'wing', 'directorate', 'desk']);

/**
 * How many tokens from `at` ("the", up to three capitalised words, and up to four lower-case words ending in a body's head word) describe the body a
 * post belongs to before the holder's name at the phrase's end; 0 if they do not.
 */
export function lowerCaseBodyBeforeName(tokens: readonly Token[], at: number): number {
  let k = at;
  if (tokens[k] && DEFINITE.has(tokens[k]!.lower) && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
  // ("Leader of the Independent group Name Name", "chair of the Labour caucus Name Name": a party's or a place's name,
  // up to three capitalised words, may open the description.)
  const named = k;
  while (k < tokens.length && k - named < 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && !ROLE_NOUNS.has(tokens[k]!.lower)) k++;
  if (k > named && (named === at || !/^\p{Ll}/u.test(tokens[k]?.text ?? ''))) k = named;
  const start = k;
  // (Forty-fourth session: "Head of the agency's emergency division Dimas Prasetyo told …": a body's word in the possessive,
  // the body named before, may open the description; the phrase had been a bare post. test-62 w01.)
  const owner = tokens[k];
  if (owner?.possessive && /^\p{Ll}+$/u.test(owner.base) && ORGANISATION_HEADS.has(owner.base) && k + 1 < tokens.length) k++;
  while (k < tokens.length && k - start < 4 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k]!.text)) k++;
  if (k === start || !(ORGANISATION_HEADS.has(tokens[k - 1]!.lower) || (k > start + 1 && tokens[start]!.possessive && UNIT_WORDS.has(tokens[k - 1]!.lower)))) return 0;
  const name = tokens.slice(k);
  return name.length >= 2 && name.length <= 3 && name.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !ROLE_NOUNS.has(t.lower)) ? k - at : 0;
}
