// An academic rank printed before "Prof" / "Professor": "Asst Prof Name Name", "Assoc Prof Name", "Adj Prof Name",
// "Assistant Prof Name" (Thai, Malaysian, Singaporean and Australian copy print the rank shortened). "Prof" is a courtesy
// title dropped from a name, and the rank's word before it is dropped with it, so the shortened rank never becomes the
// name's first word ("Asst Name Name"). Guard: only right before "Prof" / "Professor" (itself followed by a word of the
// name), so a given name spelled as a rank's word elsewhere is kept.
import type { Token } from './speaker-phrase.ts';

const RANK = /^(?:asst|assoc|adj|adjunct|assistant|associate|emer|emeritus|clin|clinical)$/u;
const PROFESSOR = /^(?:prof|professor)$/u;

/** Whether `tokens[i]` is an academic rank's word right before "Prof" / "Professor" and a name after it. */
export function academicRankBeforeProfessor(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return /^\p{Lu}/u.test(t.text) && RANK.test(t.lower.replace(/\.$/u, '')) && next !== undefined && PROFESSOR.test(next.lower.replace(/\.$/u, ''))
    && tokens[i + 2] !== undefined && /^\p{Lu}/u.test(tokens[i + 2]!.text);
}
