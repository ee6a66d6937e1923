// "Leigh and Chris Pendergast run 3,000 ewes …. Leigh Pendergast said …. "…," she said. ¶ Her husband said …": two given
// names joined by "and" before one surname name a couple (or siblings) together; a later "her husband" / "his wife" /
// "her partner" of one of them is the other. Before, "Her husband said" was an unnamed source, nobody having been given
// the word "husband".
// Guards: only the spouse words (a son or a sister may be someone else); the owner is the latest person quoted, who must
// be one of the two by given name and surname; both given names capitalised single words, the joint form printed before
// the phrase; exactly one such pair for the owner.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

const SPOUSES = new Set(['husband', 'wife', 'partner', 'spouse']);

export function isSpouseWord(role: string): boolean {
  return SPOUSES.has(role);
}

/** The other of a couple the text named together ("Leigh and Chris Pendergast") with `owner` ("Leigh Pendergast"); else null. */
export function otherOfCouple(text: string, owner: string, before: number): string | null {
  const parts = owner.split(' ');
  if (parts.length !== 2) return null;
  const [given, surname] = parts as [string, string];
  const escaped = escapeRegExp(surname);
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+) and (\\p{Lu}\\p{Ll}+) ${escaped}(?![\\p{L}])`, 'gu');
  const others = new Set<string>();
  for (const m of text.slice(0, before).matchAll(re)) {
    if (m[1] === given && m[2] !== given) others.add(m[2]!);
    else if (m[2] === given && m[1] !== given) others.add(m[1]!);
  }
  return others.size === 1 ? `${[...others][0]} ${surname}` : null;
}

// (Forty-first session.) "… shop stewards, Ann Marlow-Tate and …. ¶ Owen Marlow-Tate, a porter, voted against. Her husband
// said …": the sentence before a spouse's word opens with a full name whose surname exactly one other full name of the text,
// printed before it, bears; of the two, the owner is the one the pronoun ("her" / "his") can be and the spouse the one the
// word ("husband" / "wife") can be, by what the text or the given-name lists say of each. "Tom Baker, 64, was at home. His
// wife said" after "Jane Baker" is Jane Baker; with neither gender known, or both readings open, nobody (as before).
// Guards: only the spouse words; only "his" / "her"; two bearers of the surname, no more; the name opens the sentence right
// before the phrase's own.

/** The spouse, of the two bearers of one surname, that a "her husband" / "his wife" at `at` means; else null. */
export function spouseBySharedSurname(
  text: string,
  previousSentence: { start: number; end: number },
  pronoun: string,
  word: string,
  bearersOf: (surname: string) => ReadonlySet<string>,
  genderOf: (name: string) => 'm' | 'f' | null,
): string | null {
  const owner = pronoun.toLowerCase() === 'her' ? 'f' : pronoun.toLowerCase() === 'his' ? 'm' : null;
  if (!owner || !SPOUSES.has(word)) return null;
  const spouseGender = word === 'husband' ? 'm' : word === 'wife' ? 'f' : null;
  const m = /^[.!?]?\s*(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'\u2019-]*\p{Ll})(?=[\s,])/u.exec(text.slice(previousSentence.start, previousSentence.end));
  if (!m) return null;
  const named = `${m[1]} ${m[2]}`;
  const bearers = [...bearersOf(m[2]!)];
  if (bearers.length !== 2 || !bearers.includes(named)) return null;
  const other = bearers.find((b) => b !== named)!;
  const otherAt = text.indexOf(other);
  if (otherAt < 0 || otherAt >= previousSentence.start) return null;
  const fits = (name: string, gender: 'm' | 'f' | null) => gender === null || (genderOf(name) ?? gender) === gender;
  const readings = [
    fits(other, owner) && fits(named, spouseGender) ? named : null,
    fits(named, owner) && fits(other, spouseGender) ? other : null,
  ].filter((r): r is string => r !== null);
  return readings.length === 1 ? readings[0]! : null;
}

// (Forty-second session.) "Ray and Lupe Castañeda came back. … His wife, Lupe, says …", "Brothers Gethin and Dafydd
// Prys-Jenkins scored …. "…," Gethin said.": a given name used alone, where the text named a couple or two siblings
// together by two given names and one surname, is that given name with the surname. Before, the speaker was the given
// name alone ("Lupe"), or a name learned from the sentence's opening word ("Brothers Gethin").
// Guards: the two given names single capitalised words joined by "and"; the surname one word (a hyphen or an apostrophe
// inside it allowed) with no capitalised word after it (not "Trinidad and Tobago Coast Guard"), and none before it but a
// sentence's first word (not "Camila Soto and Martín Aguirre", test-3 v05); printed before the phrase; exactly one such
// surname for the given name.

/** "Name Surname" for a lone given name the text printed before in "Name and Name Surname" / "Name and Name Surname"; else null. */
export function givenNameOfPairNamedTogether(text: string, given: string, before: number): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(given)) return null;
  const re = /(?<![\p{L}'\u2019-])(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'\u2019-]*\p{Ll})(?![\p{L}'\u2019-])(?![ \t]+\p{Lu})/gu;
  const surnames = new Set<string>();
  for (const m of text.slice(0, before).matchAll(re)) {
    if (m[1] === m[2]) continue;
    // (Guard: no capitalised word right before the first, save a sentence's first word: "Camila Soto and Martín Aguirre"
    // is two people, no "Soto Aguirre"; "Brothers Gethin and Dafydd Prys-Jenkins" still a pair.)
    const lead = /(\p{Lu}[\p{L}'\u2019-]*)[ \t]+$/u.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
    const beforeLead = lead ? text.slice(Math.max(0, m.index! - lead[0].length - 4), m.index! - lead[0].length) : '';
    if (lead && m.index! - lead[0].length > 0 && !/(?:[.!?]["\u201D]?[ \t]+|\n[ \t]*)$/u.test(beforeLead)) continue;
    if (m[1] === given || m[2] === given) surnames.add(m[3]!);
  }
  return surnames.size === 1 ? `${given} ${[...surnames][0]}` : null;
}
