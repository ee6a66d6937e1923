// "Fishermen-turned-patrollers say …", "Farmers-turned-guides said …": one hyphenated word "X-turned-Y" naming people by
// what they were and what they are now is an unnamed group, as "Fishermen say" is; read as one unknown capitalised word, it
// became a body of that name. Guards: the word "turned" between, the last part a lower-case plural for people, the first a
// plural for people too (so a place or a brand, "Mill-turned-hotel", is no group).
import { isUnnamedHead } from './vocabulary.ts';

const TURNED_RE = /^(\p{L}[\p{Ll}]+)-turned-(\p{Ll}[\p{Ll}-]*s)$/u;

/** Whether the one word `word` is an unnamed group named "X-turned-Y" ("Fishermen-turned-patrollers"). */
export function isTurnedCompoundGroup(word: string): boolean {
  const m = TURNED_RE.exec(word);
  if (!m) return false;
  const first = m[1]!.toLowerCase();
  const last = m[2]!;
  return isUnnamedHead({ text: first, lower: first }) && isUnnamedHead({ text: last, lower: last });
}
