// "A letter sent to staff at Fenwick Learning Trust last week says the trust has …": a letter, memo or email sent to a
// named body's own people (its staff, employees, members, parents of its pupils) is the body's, as a body writes to its
// own people; unlike "a report to the cabinet", made to a body by whoever wrote it, whom the text does not name.
import type { Token } from './speaker-phrase.ts';

/** Verbs a document is sent with. */
const SENT = new Set(['sent', 'issued', 'circulated', 'emailed', 'distributed', 'given', 'addressed']);
/** A body's own people, to whom it writes. */
const OWN_PEOPLE = new Set(['staff', 'employees', 'workers', 'members', 'parents', 'teachers', 'nurses', 'volunteers', 'customers']);

/**
 * The name's words of "<noun> sent to [all] <own people> at|of [the] <Capitalised Name>" (`noun` the index of the
 * document's noun in `tokens`), capitalised words with "of", "for", "and" between; else null.
 */
export function bodyWritingToOwnPeople(tokens: readonly Token[], noun: number): Token[] | null {
  let k = noun + 1;
  if (!SENT.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.text !== 'to') return null;
  k += 2;
  if (tokens[k]?.lower === 'all') k++;
  if (!OWN_PEOPLE.has(tokens[k]?.lower ?? '') || !['at', 'of'].includes(tokens[k + 1]?.text ?? '')) return null;
  k += 2;
  if (tokens[k]?.lower === 'the') k++;
  const name: Token[] = [];
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (/^\p{Lu}/u.test(t.text)) name.push(t);
    // (Small words between capitalised ones: "Board of Health", "Terminal Austral del Sur".)
    else if (/^(?:of|for|and|de|del|la|los|las|des|du|di|da|do)$/u.test(t.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) name.push(t);
    else break;
    if (t.possessive) return null;
  }
  // (A weekday or month after the name says when: "… Partnership last Friday".)
  while (name.length > 1 && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u.test(name.at(-1)!.text)) name.pop();
  return name.length >= 2 ? name : null;
}
