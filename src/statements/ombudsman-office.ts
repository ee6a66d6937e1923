// "…, the Housing Ombudsman has found.", "the Pensions Ombudsman said", "Fair Work Ombudsman said": an ombudsman printed
// with the capitalised field or scheme it serves, and no holder's name after it, is the office (a body), as "the Pensions
// Regulator" and "the Health Service Executive" are; read as a post, the phrase had no holder and its findings no speaker
// (test-54 w14, annotated as the body; test-44 w16's "the Ombudsman said in a statement" too). A later bare "the
// ombudsman said", where nobody the text names holds the post, is that office (speaker-resolver.ts).
// Guards: the word before must be a capitalised field of the office's own, not a post's word ("Deputy Ombudsman", "Chief
// Ombudsman"), a courtesy title or a nationality ("the European Ombudsman", a person's post as often as an office); a
// name after it ("Housing Ombudsman Name Name said") keeps the person, as the phrase then does not end at "Ombudsman".
import type { Token } from './speaker-phrase.ts';
import { HONORIFICS, isNationality, ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

/** Small words inside such a name ("Parliamentary and Health Service Ombudsman"). */
const JOINERS = new Set(['and', '&']);

/** The office's name, when `tokens` are "[the] <one to four capitalised words> Ombudsman"; else null. */
export function ombudsmanOfficeName(tokens: readonly Token[]): string | null {
  const named = tokens[0]?.lower === 'the' ? tokens.slice(1) : tokens;
  if (named.length < 2 || named.length > 6 || named.at(-1)!.text !== 'Ombudsman') return null;
  const before = named.slice(0, -1);
  const words = before.filter((t) => !JOINERS.has(t.text));
  if (words.length < 1 || words.length > 4 || JOINERS.has(before[0]!.text)) return null;
  if (!words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !t.possessive && !ROLE_NOUNS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower)
    && !HONORIFICS.has(t.lower) && !isNationality(t.lower))) return null;
  return named.map((t) => t.text).join(' ');
}
