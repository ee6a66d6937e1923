// "No more than 300 horses will follow the Standard Bearer round the marches next June, the Selkirk Common Riding Trust
// has decided.": a lead closed by a named body's "has decided" gives the decision as that body's statement, as ", the
// licensing committee has ruled." does (ruling-at-end.ts) and ", the council has confirmed." does. The read parts
// annotate it (test-57 w04); dev has no such closing. Forty-third session.
// Guards: only the closing form, "has decided" or "have decided" with nothing after the verb but the full stop ("the
// council decided to …" and "has decided that …" are left as they were); only a body the phrase reader names, never a
// document or a person ("…, Smith has decided." is left out: a person's choice is no announcement).
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

/** The closing verb of a body's decision. */
export const DECISION_CUES: ReadonlySet<string> = new Set(['decided']);

/** Whether `phrase`, before a closing "has decided" at `cueAt` of `tokens` with nothing after (`rest`), is a body deciding. */
export function bodyHasDecided(phrase: SpeakerPhrase | null, tokens: readonly Token[], cueAt: number, rest: string): boolean {
  return phrase?.kind === 'organisation' && !phrase.document && phrase.name.length === 0 && cueAt >= 2
    && /^(?:has|have)$/u.test(tokens[cueAt - 1]!.lower) && rest.trim() === '';
}
