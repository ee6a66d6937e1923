// "Parents in the valley have reacted with anger after the Education Authority confirmed that …": a main clause of its
// own (its verb before the joiner), then "after"/"when"/"because"/"since"/"before"/"once" and a named body or a full
// name right before the verb of speech: the one named after the joiner speaks, not the main clause's subject (read as a
// lone speaker phrase, the whole segment gave "Parents", unnamed). Dev: d32 "His remarks came after Nato ministers said".

import type { SpeakerPhrase } from './speaker-phrase.ts';

/** The joiner, then up to six words to the verb, at the end of the words before the verb of speech. */
const JOINED_SPEAKER_RE = /\s(?:after|when|because|since|before|once)\s+((?:the\s+)?(?:\p{Lu}[\p{L}'\u2019&.-]*\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?){0,5}\p{Lu}[\p{L}'\u2019&.-]*)\s*$/u;

/** A verb of the main clause before the joiner ("have reacted", "were", "grew"). */
// (Guard: without a verb before the joiner, "The head of the board after the merger" is one phrase, and left alone.)
const MAIN_VERB_RE = /\s(?:\p{Ll}{3,}ed|is|are|was|were|has|have|had|grew|rose|fell|came|went|began|took)\s/u;

/**
 * The named body or person after the joiner, if the words `before` (a segment's words up to the verb of speech, at
 * `offset`) hold a main clause; `parse` reads a phrase. Only a body or a full name: a lone capitalised word, a pronoun or
 * an unnamed group is left to the rules before.
 */
export function speakerAfterSubordinator(before: string, offset: number,
  parse: (text: string, at: number) => SpeakerPhrase | null): SpeakerPhrase | null {
  const m = JOINED_SPEAKER_RE.exec(before);
  if (!m || !MAIN_VERB_RE.test(` ${before.slice(0, m.index)} `)) return null;
  const phrase = parse(m[1]!, offset + m.index + m[0].indexOf(m[1]!));
  if (!phrase) return null;
  if (phrase.kind === 'organisation' || (phrase.kind === 'name' && phrase.name.length >= 2)) return phrase;
  return null;
}
