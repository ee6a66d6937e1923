// "Grama Niladhari of the area Name Name said", "Chairman of the village Name Name said", "Head of the division Name Name
// said": a post (capitalised words, known to the vocabulary or not), "of the" and a lower-case word for the unit it
// serves, then a full name, is the person named. A person's name is never followed by "of the area" and another full
// name, so the capitalised words before "of" are the post's, not a name of their own.
import type { Token } from './speaker-phrase.ts';

/** A capitalised word of a post or a name ("Niladhari", "Hettiarachchige", "Abeykoon-Silva"). */
const CAPITALISED_RE = /^\p{Lu}[\p{Ll}'\u2019]+(?:-\p{Lu}?[\p{Ll}'\u2019]+)*$/u;

/** A lower-case word for a unit ("area", "village", "ward"), letters only. */
const UNIT_RE = /^\p{Ll}{3,}$/u;

/**
 * The post's words and the name's when `tokens` are "<Post> of the <unit word(s)> <Name>" (the post 1–4 capitalised
 * words, "the" allowed first; one or two lower-case words for the unit; the name the 2–4 capitalised words after them),
 * else null. The caller checks that the name parses as a person's.
 */
export function postOfTheUnitThenName(tokens: readonly Token[]): { post: readonly Token[]; name: readonly Token[] } | null {
  const first = tokens[0]?.lower === 'the' ? 1 : 0;
  const of = tokens.findIndex((t, k) => k > first && t.text === 'of');
  if (of < 0 || of - first > 4 || tokens[of + 1]?.text !== 'the') return null;
  const post = tokens.slice(first, of);
  if (!post.every((t) => CAPITALISED_RE.test(t.text) && !t.possessive)) return null;
  let unitEnd = of + 2;
  while (unitEnd < tokens.length && unitEnd - (of + 2) < 2 && UNIT_RE.test(tokens[unitEnd]!.text) && !tokens[unitEnd]!.possessive) unitEnd++;
  if (unitEnd === of + 2) return null;
  const name = tokens.slice(unitEnd);
  if (name.length < 2 || name.length > 4 || !name.every((t) => CAPITALISED_RE.test(t.text) && !t.possessive)) return null;
  return { post, name };
}

/**
 * How many of a sentence's first tokens are "<Post> of the <unit> <Name>" before a lower-case word (its verb), or 0: the
 * sentence's subject, where fewer words ("Grama Niladhari") would read as a name of their own.
 */
export function postOfTheUnitOpening(tokens: readonly Token[]): number {
  for (let n = Math.min(tokens.length, 11); n >= 5; n--) {
    const next = tokens[n];
    if (next !== undefined && !/^\p{Ll}/u.test(next.text)) continue;
    if (postOfTheUnitThenName(tokens.slice(0, n))) return n;
  }
  return 0;
}
