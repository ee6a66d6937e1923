// "The review was asked for by a neighbour after what she described as "…"", "The complaint came from a resident over
// what he called "…"": a "he" or "she" in "what he / she called" right after an unnamed person as the passive's agent or
// the source ("by a neighbour", "from a resident") is that person, unnamed, not the last speaker before (a body: "…, the
// licensing sub-committee has ruled. The review was asked for by a neighbour after what she described as …" had given
// the sub-committee the label). Thirty-ninth session, test-55 w06 (its partial kept as it was before the ruling rule).
// Guards: "by" or "from", then "a", "an" or "one" and one or two lower-case words, then "after / over / in / following /
// about" and "what" right after; a named agent ("by Jane Ross after what she …") is left to the pronoun's reading.

const UNNAMED_AGENT_BEFORE_RE = /(?<![\p{L}])(?:by|from)\s+((?:a|an|one)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s+(?:after|over|in|following|about)\s+$/u;

/**
 * The unnamed person ("a neighbour") right before "… after what she described as", from `before` (the sentence up to
 * "what"), with its offset in `before`; null when the words before are not that shape.
 */
export function unnamedAgentBeforeWhat(before: string): { words: string; at: number } | null {
  const m = UNNAMED_AGENT_BEFORE_RE.exec(before);
  return m ? { words: m[1]!, at: m.index + m[0].indexOf(m[1]!) } : null;
}
