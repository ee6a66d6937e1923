// "The Health Service Executive said", "the Health and Safety Executive", "the Northern Ireland Executive": a body named
// as an "Executive" after two or more capitalised words of its own (a service, a field, a place) is that body, not a
// chief executive; "Chief Executive", "Group Chief Executive" hold a post word and stay a person's post.
import type { Token } from './speaker-phrase.ts';
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

/** Small words inside such a name ("Health and Safety Executive"). */
const JOINERS = new Set(['and', '&', 'of', 'for']);

/** The body's name, when `tokens` are "[the] <two or more capitalised words> Executive"; else null. */
export function executiveBodyName(tokens: readonly Token[]): string | null {
  const named = tokens[0]?.lower === 'the' ? tokens.slice(1) : tokens;
  if (named.length < 3 || named.at(-1)!.text !== 'Executive') return null;
  const before = named.slice(0, -1);
  const words = before.filter((t) => !JOINERS.has(t.text));
  if (words.length < 2 || JOINERS.has(before[0]!.text)) return null;
  if (!words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !t.possessive && !ROLE_NOUNS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower) && !HONORIFICS.has(t.lower))) return null;
  return named.map((t) => t.text).join(' ');
}
