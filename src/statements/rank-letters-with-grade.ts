// (Forty-third session, d2401.) "The Municipal Fire Commander, DO I Name Name, said", "ADO II Name Name told": a rank in
// capital letters with its grade in Roman numerals (Ghanaian and Nigerian fire, police and immigration copy: "DO I",
// "ACFO II"), printed before a full name, is no part of the name. Before, the lone "I" ended the reading (a clause, "I"),
// so the apposition learned no name and its statements went to the one quoted before.
// Guards: the letters two to five capitals as printed; the grade "I", "II", "III" or "IV" right after; two or three
// capitalised words after the grade, read as a name.
import type { WrittenWord } from './written-word.ts';

/** How many words the rank and its grade take before a name ("DO I" → 2); 0 when the words are not so shaped. */
export function rankLettersWithGrade(tokens: readonly WrittenWord[]): number {
  if (tokens.length < 4 || tokens.length > 5) return 0;
  if (!/^\p{Lu}{2,5}$/u.test(tokens[0]!.text) || !/^(?:I|II|III|IV)$/u.test(tokens[1]!.text)) return 0;
  return tokens.slice(2).every((t) => /^\p{Lu}\p{Ll}[\p{L}'\u2019-]*$/u.test(t.text)) ? 2 : 0;
}
