// "He liked to say that a rink …", "She used to tell pupils that …", "My father always loved to say …": what someone
// habitually said, a verb of habit and "to" between the subject and the verb of speech (as a feeling stands there in
// glad-to-announce.ts).

/** "liked to", "used to", "always loved to", right before the verb. */
const HABIT_BEFORE_VERB_RE = /\s+(?:(?:often|always)\s+)?(?:liked|likes|loved|loves|used)\s+to\s+$/u;

/** Where the subject ends when a verb of habit and "to" stand before the verb of speech at `cueStart`; null when none do. */
export function habitBeforeVerb(masked: string, from: number, cueStart: number): number | null {
  const window = Math.max(from, cueStart - 40);
  const m = HABIT_BEFORE_VERB_RE.exec(masked.slice(window, cueStart));
  return m ? window + m.index : null;
}

/**
 * "He liked to say he had landed on every lake …": after a habit, a verb of saying (not of telling, whose listener comes
 * first) frames a clause without "that" when a subject pronoun or a determiner opens it and a finite verb follows
 * (`isClause`, the rule for "said" without "that"). Guards: "liked to say hello", "used to say goodbye to …" (no subject
 * and finite verb); "used to tell pupils …" (a listener, not a clause).
 */
export function habitClauseWithoutThat(verb: string, rest: string, isClause: (rest: string) => boolean): boolean {
  if (!/^(?:say|write|insist|claim|joke|boast|argue)$/u.test(verb)) return false;
  if (!/^\s+(?:he|she|they|we|it|i|you|there|the|a|an|his|her|their|its|every|no|nothing|nobody|everyone|everything)\s/iu.test(rest)) return false;
  return isClause(rest);
}
