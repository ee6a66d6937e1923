// "Wells RNLI has been saving lives at sea since 1869, the charity said.", "Wells RNLI's inshore lifeboat was launched
// …, the station said": a closing "the <body's word>" after a clause that opens with a body's name (or its possessive)
// the text has printed before is that body, as the writer names it in the clause, not the last body named before (an
// agency quoted in the paragraph above). Dev and the read parts give the clause's opening body the statement wherever
// the closing word follows a body's name (d1184, d1308, d1366, d1488, d1489, d1547, d643, d970, test-41 w17, test-40
// w19, …). Forty-third session, test-57 w15.
// Guards: only "the" and one lower-case word after the clause (the phrase reader's body word, no document); only a name
// of capitalised words the phrase reader takes for a body, printed in the text before the clause (a headline, an
// earlier paragraph: "Frankfurt Airport's operator will …, the company said" in a lead names no body yet); and only when
// the text prints no name ending in the word itself ("the park said" after "The Subway …" is Zion National Park's).
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { parseSpeakerPhrase, type SpeakerPhrase, tokenize } from './speaker-phrase.ts';

/** A clause's opening name: capitalised words (with "of", "for", "and" inside), perhaps a possessive, then a lower-case word. */
const OPENING_NAME_RE = /^(\p{Lu}[\p{L}&'\u2019.-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}&'\u2019.-]*){0,5})(?:['\u2019]s)?\s+\p{Ll}/u;

/** The body whose name opens the clause, when a closing "the <word>" frames it; else null. */
export function clauseOpenedByNamedBody(text: string, clauseStart: number, clauseEnd: number, phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (phrase.kind !== 'organisation' || phrase.document || phrase.start < clauseEnd) return null;
  const said = text.slice(phrase.start, phrase.end);
  const word = /^the\s+(\p{Ll}[\p{Ll}-]+)$/u.exec(said)?.[1];
  if (!word) return null;
  const m = OPENING_NAME_RE.exec(text.slice(clauseStart, clauseEnd));
  if (!m) return null;
  const name = m[1]!.replace(/['\u2019]s$/u, '');
  // (One word only when it is letters in capitals, "RNLI"; "Growers …" or "Repairs …" is no body.)
  if (!/\s/u.test(name) && !/^\p{Lu}{2,}$/u.test(name)) return null;
  if (!new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(text.slice(0, clauseStart))) return null;
  const Word = `${word[0]!.toUpperCase()}${word.slice(1)}`;
  if (new RegExp(`\\p{Lu}[\\p{L}'\u2019-]*\\s+${escapeRegExp(Word)}(?![\\p{L}])`, 'u').test(text)) return null;
  const body = parseSpeakerPhrase(tokenize(name, clauseStart));
  return body?.kind === 'organisation' && !body.document && body.body ? body : null;
}
