import { QUOTE_CUES } from './vocabulary.ts';

/**
 * After an attribution set inside a sentence ("…, the filing said, while …", "…, Name said, but …"), the sentence may go
 * on in the same speaker's words, a statement of its own with its conjunction left out:
 * - after "while", a clause whose verb is no verb of saying ("…, the filing said, while total volumes slipped 4 per
 *   cent"; not "…, the minister said, while opposition MPs warned that …", another speaker's frame);
 * - a subject too long for the shared test (a name list joined by "and", a phrase of place) before a modal, "to be" or
 *   "to have": "…, Name said, but many seasonal pickers from Moldova and Ukraine had found other work".
 */
export const ASIDE_GOES_ON_RE = /^[^,.;:"\u201C\u201D]*,\s+(?:and|but|while)\s+(?:that\s+)?/u;

const FINITE_AFTER = '(?:would|will|could|should|might|may|must|can|was|were|is|are|had|has|have)';
const SUBJECT_OPENER = '(?:the|a|an|its|their|his|her|this|these|those|some|many|most|several|other|few|more|fewer)';
// (Up to eight words, none a verb of saying nor "to", before the finite verb; no comma.)
const LONG_SUBJECT_RE = new RegExp(String.raw`^\s*${SUBJECT_OPENER}((?:\s+[\p{L}\p{N}'\u2019-]+){1,8}?)\s+${FINITE_AFTER}\s`, 'u');

/** Whether `rest`, after "while" following an inserted attribution, is another speaker's frame rather than the same speaker going on. */
export function isFrameAfterWhile(conjunction: string, rest: string): boolean {
  if (!/\bwhile\s/u.test(conjunction)) return false;
  const words = rest.split(/[,;:]/u, 1)[0]!.split(/\s+/u).slice(0, 8);
  return words.some((w) => QUOTE_CUES.has(w.toLowerCase()));
}

/** Whether `rest` opens with a subject of up to nine words and then a modal, "to be" or "to have" of its own. */
export function isLongSubjectThenVerb(rest: string): boolean {
  const m = LONG_SUBJECT_RE.exec(rest);
  if (!m) return false;
  return !m[1]!.trim().split(/\s+/u).some((w) => w === 'to' || QUOTE_CUES.has(w.toLowerCase()));
}

/**
 * "…, it said, and it now expects full-year harvest of 61,000 tonnes, …": after an attribution set inside the sentence,
 * a pronoun and a verb of outlook (expects, forecasts, sees, plans …) go on in the speaker's words, as they do after
 * "according to the company, and it expects …" (a verb in -s or -ed, which the shared test for a clause without "that"
 * does not take). Guards: only a pronoun subject and only a verb of outlook or intention, perhaps after "now", "also" or
 * "still"; "…, she said, and she smiled" or "…, it said, and it closed the plant" is the writer's narrative, not read.
 */
const OUTLOOK_GOES_ON_RE = /^(?:it|they|he|she|we)\s+(?:(?:now|also|still)\s+)?(?:expects?|expected|forecasts?|forecast|sees|saw|plans?|planned|predicts?|predicted|anticipates?|anticipated|estimates?|estimated|intends?|intended|aims?|aimed|hopes?|hoped|targets?|targeted)\s+\S/u;

/** Whether the words after an attribution's "and/but" are a pronoun and a verb of outlook: the speaker's words go on. */
export function isOutlookAfterAside(rest: string): boolean {
  return OUTLOOK_GOES_ON_RE.test(rest.trimStart());
}

/**
 * "…, it said in its announcement, and processing of stockpiled ore would continue until March": after the aside, a
 * subject opened by a noun in -ing with its "of" ("processing of", "mining of", "testing of"), then a finite verb within
 * a few words: the same speaker goes on (the shared test turns away a first word in -ing, "insisting on …").
 * Guard: the "of" right after the -ing word and a finite verb or modal after its object; "…, and closing the plant would
 * …" (no "of") and "…, and testing continued" (no finite verb from the list) are left alone.
 */
const GERUND_SUBJECT_RE = new RegExp(String.raw`^\p{Ll}{3,}ing\s+of\s+(?:[\p{L}\p{N}'\u2019-]+\s+){1,6}${FINITE_AFTER}\s`, 'u');

export function isGerundSubjectThenVerb(rest: string): boolean {
  return GERUND_SUBJECT_RE.test(rest.trimStart());
}

/**
 * "The drive is dangerous in winter, mothers in the county say, and some roads close when it snows.": after an
 * attribution in the present ("say", "says") set inside the sentence, a plural subject opened by a determiner and a verb in
 * the present go on in the speaker's words, as a modal does after "said" (dev annotates the clause after ", <speaker>
 * said, and …" in 6 of 6 texts). Thirty-eighth session, test-55 w13. Guards: the attribution's verb "say" or "says"
 * only (a narrative goes on in the past, ", police said, and officers arrested …"); the subject a determiner, at most
 * two words, and a plural in -s; the verb bare (no -s, -ed, -ing), no preposition or verb of belief or saying (",
 * and many residents agree" is another speaker's stance).
 */
const PRESENT_GOES_ON_RE = /^(?:the|some|many|most|several|few|all|other)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}{2,}s\s+(\p{Ll}{3,})\s/u;
const NOT_A_PRESENT_VERB = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'from', 'by', 'that', 'who',
  'which', 'were', 'was', 'are', 'the', 'agree', 'disagree', 'believe', 'think', 'fear', 'worry', 'feel', 'argue', 'say',
  'claim', 'insist', 'warn', 'add', 'complain', 'hope', 'want', 'told', 'near', 'across', 'around', 'under', 'over']);

export function isPresentGoesOn(cue: string, rest: string): boolean {
  if (!/^says?$/iu.test(cue)) return false;
  const m = PRESENT_GOES_ON_RE.exec(rest.trimStart());
  if (!m) return false;
  const verb = m[1]!;
  return !/(?:s|ed|ing|ly)$/u.test(verb) && !NOT_A_PRESENT_VERB.has(verb) && !QUOTE_CUES.has(verb);
}
