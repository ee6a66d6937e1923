// "Asked whether the herd could be hunted again, Ms Onalik was cautious. "Not yet," she said.": a question put to someone,
// set before the sentence's subject, hides the subject from the mentions a later "she said" is read against; the subject is
// read after it. Guard: only "Asked / Pressed / Questioned" and a question word, no comma, semicolon or colon inside, and a
// titled or full capitalised name right after it (a pronoun after it, "Asked …, she said", is read as before).

const QUESTION_BEFORE_NAME_RE = /^\s*(?:Asked|Pressed|Questioned)\s+(?:whether|if|about|why|how|what|when|where|who)\b[^,;:.!?]{1,150},\s*(?=(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}))/u;

/** Where the subject starts after a question put before it, or null (see above). */
export function subjectAfterQuestion(masked: string, start: number, end: number): number | null {
  const m = QUESTION_BEFORE_NAME_RE.exec(masked.slice(start, end));
  return m ? start + m[0].length : null;
}
