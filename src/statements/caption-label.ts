// "Photo: senior keeper Name Name weighs one of the cubs" (a caption-like line, often with no full stop) and then '"…,"
// she says.': the caption's label is no subject; the person it names after the label is the sentence's subject, whom a
// later "she" can mean. Without this the label's word opens the sentence and the person is never seen.
// Guards: one of a few labels a caption opens with, capitalised, then a colon, at the sentence's start only.

const CAPTION_LABEL_RE = /^(?:Photo|Photograph|Picture|Pictured|Image|Above|Below|Left|Right|Top|Inset|Main picture|Main image|Caption)\s*:\s+(?=\p{L})/u;

/** Where the sentence's subject starts after a caption's label at `start`, or null when it opens with no such label. */
export function afterCaptionLabel(text: string, start: number, end: number): number | null {
  const m = CAPTION_LABEL_RE.exec(text.slice(start, end));
  return m ? start + m[0].length : null;
}
