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
