// "the Rovers boss said", "the Lane coach added", "the Harbourline captain said": a team's word and the word for its head
// or its captain, the person the text printed so before ("Rovers coach Gary Pennock", "Steve Ridley, the Lane coach,",
// "Lane head coach Name Name"). Sports copy calls a side's coach or manager "the <side> boss", so the words for a head are
// one set (boss, coach, manager, head coach, director of rugby) and the captain's another (captain, skipper).
// Guards: the team's word capitalised and printed before the post and a full name (two capitalised words or more) in the
// text before the phrase; the latest such printing wins; a post of the other set never answers ("the Rovers captain" is
// not the Rovers coach).
import { escapeRegExp } from '../text/escape-reg-exp.ts';

const HEAD = String.raw`(?:head\s+)?(?:coach|manager|boss)|director\s+of\s+rugby|director\s+of\s+football`;
const CAPTAIN = String.raw`(?:club\s+)?(?:captain|skipper)`;
const NAME = String.raw`\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2}`;

/** The person a "the <team> boss / coach / captain" phrase stands for, or null (see above). */
export function teamHeadPrintedBefore(text: string, phraseText: string, before: number): string | null {
  const m = /^[Tt]he\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?:['\u2019]s?)?\s+(head\s+coach|coach|manager|boss|captain|skipper)$/u.exec(phraseText.trim());
  if (!m) return null;
  const team = escapeRegExp(m[1]!).replace(/ /gu, '\\s+');
  const post = /captain|skipper/u.test(m[2]!) ? CAPTAIN : HEAD;
  const re = new RegExp(`(?<![\\p{L}])${team}(?:['\u2019]s?)?\\s+(?:${post})\\s+(${NAME})|(${NAME}),\\s+(?:the\\s+)?${team}(?:['\u2019]s?)?\\s+(?:${post})(?![\\p{L}])`, 'gu');
  let found: string | null = null;
  for (const hit of text.slice(0, before).matchAll(re)) found = (hit[1] ?? hit[2])!;
  return found;
}
