// «Одни говорили, что …, другие признавались, что …», «Многие жаловались», «Кто-то уверял»: a pronoun for some of the
// people the text is about, standing alone as the subject of a verb of saying. Nobody is named; it is an unnamed source
// (plural), not a body called «Одни». The second half of the pair frames a clause of its own after a bare comma.

/** Pronouns that stand for some, or others, of a group: the subject alone, capitalised or not. */
const SOME_OF_A_GROUP = new Set([
  'одни', 'другие', 'третьи', 'иные', 'многие', 'некоторые', 'немногие', 'остальные', 'кто-то', 'кое-кто', 'кто-нибудь',
]);

/** Whether `word`, alone, is such a pronoun. */
export function isSomeOfAGroup(word: string): boolean {
  return SOME_OF_A_GROUP.has(word.toLowerCase());
}

/**
 * «…, другие признавались, что …», «…, а третьи уверяли, что …»: inside a reported clause, the other half of a pair of
 * pronouns and its verb (the verb checked by the caller): where the first clause ends, and where the second frame's
 * subject starts. Offsets relative to `clause`.
 */
const OTHERS_FRAME_RE = /,\s+(?:(?:а|и)\s+)?(другие|третьи|иные|остальные|кто-то|кое-кто)\s+(\p{Ll}+)\s*,\s*что\s/u;

export function othersFrameIn(clause: string): { cut: number; at: number; verb: string } | null {
  const m = OTHERS_FRAME_RE.exec(clause);
  if (!m) return null;
  return { cut: m.index, at: m.index + m[0].indexOf(m[1]!), verb: m[2]! };
}
