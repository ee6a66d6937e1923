// "Dean of Students Monica Albrecht said …", "Dean of Admissions Kevin Lowe": a university's post before its holder's
// name. "Dean" stays out of the post words (vocabulary.ts) because it is a common given name, so the whole phrase was
// read as a body's capitalised name, "Dean of Students Monica Albrecht". Followed at once by "of", "Dean" is the post
// ("Dean of Students", "Dean of the Faculty of Law"): no given name is followed by "of" before the surname. Guards: only
// "Dean" with "of" right after it; "Dean Harlow of the law school said" (a given name, then the surname) is as before.
import type { Token } from './speaker-phrase.ts';

/** Whether the word at `at` is "Dean" as a post, "of" and its field following. */
export function isDeanOfField(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.lower === 'dean' && tokens[at + 1]?.text === 'of' && tokens.length > at + 2;
}
