// Indian and Pakistani copy prints a woman doctor's or professor's courtesy titles as "Dr (Mrs) Name Name", "Prof (Dr)
// Name Name": a second courtesy title in brackets right after the first. The brackets split the subject before the
// speech verb, and the first title alone was read as the one who spoke (a body "Dr"); forty-second session, d2383.
// Guards: only a courtesy title in the brackets (Mrs, Ms, Miss, Dr, Prof, Smt), only right after a capitalised courtesy
// title or rank, and a capitalised word right after the brackets.

const COURTESY_IN_BRACKETS_RE = /(?<=(?<![\p{L}])(?:Dr|Prof|Mrs|Ms|Col|Capt|Maj|Lt|Gen|Brig)\.?\s)\((Mrs|Ms|Miss|Dr|Prof|Smt)\.?\)(?=\s+\p{Lu})/gu;

/** `subject` with such brackets made spaces around the title (the same length, so offsets hold). */
export function withCourtesyTitleBracketsOpened(subject: string): string {
  return subject.replace(COURTESY_IN_BRACKETS_RE, (m, words: string) => ` ${words}${' '.repeat(m.length - words.length - 1)}`);
}
