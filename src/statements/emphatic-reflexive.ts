// "Baptiste himself told reporters that …", "The minister herself said …", "The owners themselves say …": a reflexive
// pronoun right after the subject stresses who spoke and is no part of the subject; read with it, the subject was no
// speaker at all and the clause went unfound. The subject is read without it. Guards: only "himself", "herself",
// "themselves", "itself" right before the verb with words before them (a sentence opening with the pronoun is none);
// "said to himself" and "told herself" stand after the verb and are never seen here.

const REFLEXIVE_END_RE = /\S\s+(?:himself|herself|themselves|itself)\s*$/u;

/** Where the subject ends when an emphatic reflexive pronoun closes `subject` (the text before the verb); -1 when none. */
export function emphaticReflexiveAt(subject: string): number {
  const m = REFLEXIVE_END_RE.exec(subject);
  return m ? m.index + 1 : -1;
}
