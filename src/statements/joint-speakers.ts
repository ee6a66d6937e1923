// "…, local authorities and the rail operator said.", "…, the ministry and the port authority said.": two speakers
// joined by "and" after the words, saying them together. Two bodies speak as one ("Ghana and Togo said", as
// subjectBefore reads them before the words); otherwise the first named speaks (an unnamed group stays unnamed).
import { parseSpeakerPhrase, type SpeakerPhrase, type Token } from './speaker-phrase.ts';

/** The speaker of `tokens` read as two phrases joined by one "and", when the whole reads as none; else null. */
export function jointSpeakers(tokens: readonly Token[]): SpeakerPhrase | null {
  const and = tokens.findIndex((t) => t.lower === 'and');
  if (and <= 0 || and === tokens.length - 1 || tokens.slice(and + 1).some((t) => t.lower === 'and')) return null;
  // ("…, Mesa Fire and Medical said.": capitalised words on both sides may be one body's name; only a side in lower-case
  // words, a group or a body described, marks two speakers.)
  if (tokens.every((t, k) => k === and || /^\p{Lu}/u.test(t.text))) return null;
  const first = parseSpeakerPhrase(tokens.slice(0, and));
  const second = parseSpeakerPhrase(tokens.slice(and + 1));
  if (!first || !second || first.kind === 'pronoun' || second.kind === 'pronoun') return null;
  const end = tokens.at(-1)!.end;
  if (first.kind === 'organisation' && second.kind === 'organisation') return { ...first, body: `${first.body} and ${second.body}`, end };
  return { ...first, end };
}
