/**
 * After ", but" in a reported clause: a subject of its own and a verb in the simple past ("…, but preliminary
 * investigations pointed to an electrical fault", "…, but the second pump failed within a week", "…, but most of the
 * stock went to auction") — the same speaker's words, so the clause runs on past the comma, as it does before a modal,
 * "to be" or "to have" (BUT_OWN_CLAUSE_RE in attribution.ts, which reads no past tense but "remained").
 *
 * Why: a past-tense verb is the commonest second predicate after ", but" in reported news speech, and the development
 * part keeps such a clause whole (d1041 "…, but about 18,000 gallons of fuel leaked into …", d601 "…, but the company kept
 * marketing …").
 *
 * Guards (each a wrong reading this rule would otherwise bring):
 * - another frame: a verb of saying in the subject or as the verb ("…, but police said …", "…, but the firm added …",
 *   "…, but officials pointed out that …", "…, but the union warned that …"), or a verb of promising before "to"
 *   ("…, but the council pledged to …"); a verb that reports speech only before "that" counts only where it is not
 *   followed by "to" — "pointed to an electrical fault" says what the evidence showed, "pointed out" and "pointed that"
 *   stay frames;
 * - a finding's frame: no "that" right after the verb ("…, but the audit found that …" is the audit's own clause);
 * - the reporter's note that nothing was said: "declined", "refused" or "failed" before "to", or a verb before "to
 *   comment / say / explain …" ("…, but the company declined to comment", "…, but the firm failed to explain why");
 * - a pronoun subject: not read here ("…, but he feared …" is another frame, PRONOUN_FRAME_RE in attribution.ts);
 * - a subject of at most five words, no comma, no relative word ("that", "which", "who") inside it.
 */
import { CLAUSE_CUES, THAT_CUES, TO_CUES } from './vocabulary.ts';

/** Verbs in the simple past without the -ed ending that a second clause after ", but" often turns on. */
const IRREGULAR_PAST = new Set(['fell', 'rose', 'grew', 'shrank', 'went', 'came', 'became', 'took', 'made', 'gave', 'kept',
  'left', 'lost', 'paid', 'sold', 'held', 'brought', 'found', 'saw', 'began', 'ran', 'hit', 'cut', 'spread', 'struck',
  'broke', 'stood', 'sat', 'fought', 'won', 'met', 'built', 'sent', 'spent', 'stayed', 'got']);

/** Words in -ed that are no past tense ("most of those homes need new roofs", "a hundred"). */
const NOT_PAST_IN_ED = new Set(['need', 'feed', 'seed', 'speed', 'bleed', 'breed', 'proceed', 'succeed', 'exceed', 'bed', 'shed',
  'red', 'hundred', 'indeed', 'deed', 'weed', 'greed', 'creed']);

/** Words that open a subject of its own after ", but" (a determiner, a quantifier, or a bare word read below). */
const OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'these', 'those', 'some', 'many', 'most', 'much', 'no',
  'all', 'other', 'several', 'both', 'few', 'each', 'every', 'only']);

/** Words that are no subject's first word: pronouns, verbs of the first clause's speaker, adverbs of the frame. */
const NOT_SUBJECT = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'his', 'her', 'our', 'did', 'does', 'do',
  'also', 'not', 'never', 'still', 'then', 'later', 'that', 'which', 'who', 'when', 'if', 'as', 'because', 'so']);

/** Words that start a clause inside the subject: a relative or subordinating word. */
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'if', 'as', 'because', 'than']);

/** A verb of saying left unsaid: "declined to comment", "failed to explain why". */
const NOTHING_SAID_RE = /^\s+(?:to\s+(?:say|comment|explain|respond|reply|confirm|disclose|elaborate|specify|answer|give)\b)/u;

/** Whether `after` (the text after ", but") opens a subject of its own and a verb in the simple past. */
export function isButSubjectPastVerb(after: string): boolean {
  // (Up to the first stop: the subject has no comma, and its verb comes within six words.)
  const head = /^\s+([^,;:.!?"\u201C\u201D()]*)/u.exec(after)?.[1] ?? '';
  const words = head.split(/\s+/u).filter(Boolean).slice(0, 6);
  // (The verb: the first word in -ed or an irregular past after the subject's first word.)
  const k = words.findIndex((w, i) => i > 0 && ((/^\p{Ll}{2,}ed$/u.test(w) && !NOT_PAST_IN_ED.has(w)) || IRREGULAR_PAST.has(w)));
  if (k < 1) return false;
  const subject = words.slice(0, k).map((w) => w.toLowerCase());
  const verb = words[k]!;
  const first = subject[0]!;
  // (The subject: a determiner or quantifier first, or a bare lower-case word that is no verb, adverb or participle.)
  if (!/^\p{Ll}/u.test(words[0]!) || NOT_SUBJECT.has(first)) return false;
  if (!OPENERS.has(first) && /(?:ed|ing)$/u.test(first)) return false;
  // (An adverb alone is no subject: "…, but subsequently resigned"; "early tests" is one.)
  if (subject.length === 1 && /ly$/u.test(first)) return false;
  // (A verb of saying among the subject's words is another frame, "…, but officials say the plan failed"; not a noun of
  // the same spelling after a determiner, "…, but no reply came", "…, but the report reached …".)
  const cue = (w: string) => CLAUSE_CUES.has(w) || THAT_CUES.has(w) || TO_CUES.has(w);
  if (subject.some((w, i) => RELATIVE.has(w) || (cue(w) && !(i > 0 && (OPENERS.has(subject[i - 1]!) || subject[i - 1] === 'of'))))) return false;
  const rest = after.slice(after.indexOf(verb, after.indexOf(words[k - 1]!) + words[k - 1]!.length) + verb.length);
  if (CLAUSE_CUES.has(verb) || (TO_CUES.has(verb) && /^\s+to\b/u.test(rest))) return false;
  // ("pointed to a fault": what the evidence showed; "pointed out", "noted that": another frame.)
  if (THAT_CUES.has(verb) && !/^\s+(?:to|towards)\s/u.test(rest)) return false;
  if (/^\s+that\b/u.test(rest)) return false;
  if (/^(?:declined|refused|failed)$/u.test(verb) && /^\s+to\b/u.test(rest)) return false;
  if (NOTHING_SAID_RE.test(rest)) return false;
  return true;
}
