// Frames of saying whose verb does not follow its subject at once, or is no single verb of saying: "He went on to say
// that …", "The minister is understood to have told colleagues that …", "X is said to have argued that …" (words of
// going on or of hearsay between the subject and the verb of speech, as a habit stands there in habitual-saying.ts);
// "She made clear that …", "He made it very clear that …" (the adjective is the cue); "The insurer's position is that …",
// "Her view is that …" (the owner of the position is the speaker); "Forwarders disputed that …" (only with "that").

/** "went on to", "is understood to have", "was said to have", "are believed to have", right before the verb of speech. */
const HEDGE_BEFORE_VERB_RE = /\s+(?:(?:went|goes|go)\s+on\s+to|(?:is|are|was|were)\s+(?:understood|said|believed|thought|reported|known|alleged)\s+to\s+have)\s+$/u;

/** Where the subject ends when going on or hearsay and "to" stand before the verb of speech at `cueStart`; null when none do. */
export function hedgeBeforeVerb(masked: string, from: number, cueStart: number): number | null {
  const window = Math.max(from, cueStart - 40);
  const m = HEDGE_BEFORE_VERB_RE.exec(masked.slice(window, cueStart));
  return m ? window + m.index : null;
}

/** "made clear", "makes it clear", "made it very clear", right before the cue word "clear". */
const MADE_CLEAR_RE = /\s+(?:made|makes|make|has\s+made|had\s+made)\s+(?:it\s+)?(?:(?:very|quite|abundantly|perfectly|crystal)\s+)?$/u;

/** "floated the", "has raised the", right before the cue noun ("idea", "possibility"). */
const FLOATED_THE_RE = /\s+(?:(?:has|had|have)\s+)?(?:floated|floats|float|raised|raises|aired|airs)\s+the\s+$/u;

/** "position", "view", "case", "argument", "contention", "understanding" owned by a possessive ("X's position", "her view") before "is". */
const POSITION_IS_RE = /(?:['\u2019]s?|\b(?:his|her|its|their|our|my))\s+(?:(?:stated|official|formal|long-standing|longstanding)\s+)?(?:position|view|case|argument|contention|understanding)\s+(?:is|was|remains|has\s+been)\s+$/u;

/**
 * A frame whose cue is no verb of saying: "made (it) clear that" (cue "clear") and "X's position is that" (cue "is", the
 * owner the speaker). Returns where the subject ends, or null. Guards: only with "that" right after the cue ("made clear
 * its opposition" and "the position is clear" are no frames); "is" only after a possessive's position or view ("the
 * problem is that …", "the plan is that …" stay no statement); a pronoun's "her view is" leaves the pronoun as subject.
 */
export function phrasalCue(masked: string, from: number, cueStart: number, cue: string, next: string | undefined): number | null {
  if (next !== 'that') return null;
  const window = Math.max(from, cueStart - 60);
  const before = masked.slice(window, cueStart);
  // ("Forwarders disputed that carriers were …": to deny in other words, framed here and only with "that", not as a verb of
  // saying everywhere: "…, who attended as a resource person, disputed the figures" is no inverted "…, said X".)
  if (cue === 'disputed' || cue === 'disputes' || cue === 'dispute') return cueStart;
  // ("She floated the idea that …", "He raised the possibility that …": a suggestion put forward, its noun the cue, the
  // subject ending before the verb. Guard: only after such a verb and "the", and only with "that": "The idea that …
  // was dropped" and "floated the idea of a levy" are none.)
  if (cue === 'idea' || cue === 'suggestion' || cue === 'possibility' || cue === 'prospect' || cue === 'notion') {
    const m = FLOATED_THE_RE.exec(before);
    return m ? window + m.index : null;
  }
  if (cue === 'clear') {
    const m = MADE_CLEAR_RE.exec(before);
    return m ? window + m.index : null;
  }
  if (cue === 'is' || cue === 'was' || cue === 'remains') {
    const m = POSITION_IS_RE.exec(`${before}${masked.slice(cueStart, cueStart + cue.length)} `);
    if (!m) return null;
    // The owner ends where its possessive ending begins ("Harwell['s]"); a possessive pronoun stands for the owner itself.
    const pronoun = /^\b(?:his|her|its|their|our|my)\b/u.exec(m[0].trimStart());
    if (pronoun) return window + m.index + m[0].indexOf(pronoun[0]) + pronoun[0].length;
    return window + m.index;
  }
  return null;
}
