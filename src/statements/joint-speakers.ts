// "…, local authorities and the rail operator said.", "…, the ministry and the port authority said.": two speakers
// joined by "and" after the words, saying them together. Two bodies speak as one ("Ghana and Togo said", as
// subjectBefore reads them before the words); otherwise the first named speaks (an unnamed group stays unnamed).
import { givenNameGender } from './given-names.ts';
import { parseSpeakerPhrase, type SpeakerPhrase, type Token } from './speaker-phrase.ts';
import { isSubjectTrailer } from './vocabulary.ts';

/** The speaker of `tokens` read as two phrases joined by one "and", when the whole reads as none; else null. */
export function jointSpeakers(all: readonly Token[]): SpeakerPhrase | null {
  // ("…, North Tarn and Eastholm NHS Foundation Trust has announced.": an auxiliary or "also" before the verb is no part of them.)
  let n = all.length;
  while (n > 1 && isSubjectTrailer(all[n - 1]!)) n--;
  const tokens = all.slice(0, n);
  const and = tokens.findIndex((t) => t.lower === 'and');
  if (and <= 0 || and === tokens.length - 1 || tokens.slice(and + 1).some((t) => t.lower === 'and')) return null;
  // ("…, Mesa Fire and Medical said.": capitalised words on both sides may be one body's name; only a side in lower-case
  // words, a group or a body described, marks two speakers.)
  if (tokens.every((t, k) => k === and || /^\p{Lu}/u.test(t.text))) return bodyNamedWithAnd(tokens, and);
  const first = parseSpeakerPhrase(tokens.slice(0, and));
  const second = parseSpeakerPhrase(tokens.slice(and + 1));
  if (!first || !second || first.kind === 'pronoun' || second.kind === 'pronoun') return null;
  const end = tokens.at(-1)!.end;
  if (first.kind === 'organisation' && second.kind === 'organisation') return { ...first, body: `${first.body} and ${second.body}`, end };
  return { ...first, end };
}

/**
 * "North Tarn and Eastholm NHS Foundation Trust said", "Humber and North Yorkshire Integrated Care Board said": a body
 * named for two places joined by "and", its head word after the second; the whole is one body's name.
 * Guards: the words after "and" read as a body; before it one to three capitalised words that read as no body and open
 * with no given name ("Anna Berg and Eastholm NHS Trust" are two speakers, the first named speaks).
 */
export function bodyNamedWithAnd(tokens: readonly Token[], and: number): SpeakerPhrase | null {
  if (and > 3) return null;
  const second = parseSpeakerPhrase(tokens.slice(and + 1));
  if (second?.kind !== 'organisation' || !second.body || second.document) return null;
  const first = tokens.slice(0, and);
  if (givenNameGender(first[0]!.text) !== null || parseSpeakerPhrase(first)?.kind === 'organisation') return null;
  if (!second.body.startsWith(tokens[and + 1]!.text)) return null;
  return { ...second, body: `${first.map((t) => t.text).join(' ')} and ${second.body}`, start: first[0]!.start };
}
