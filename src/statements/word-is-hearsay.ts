// "Word is that the company has made an offer", "Word in Auki is that …", "The word around campus is that …", "Word has
// it that …": talk going round, passed on by the writer, whose sources are not named — an unnamed source, as "It is
// understood that …" opening a sentence is (attribution.ts itIsUnderstood; forty-fourth session, d2460, d2465).
// Guards: at a sentence's start, with "that" after the verb; a place or a setting after "word" by "in", "on", "around",
// "at", "among" or "across" only, no comma inside it ("The word from the minister is that …" names who spoke, and is left
// alone); never "a word", "his word", "the last word".
// - "Talk in the district is that …", "Rumour has it that …", "The gossip around the saleyards was that …": the other
//   words for talk going round, in the same frame (forty-fifth session, d2503); the same guards ("The talk from the
//   minister was that …" names who gave it, and is left alone).

/** The opening frame; its first capture is the word "Word" (or "Talk", "Rumour", "Gossip"), the cue. */
export const WORD_IS_THAT_RE =
  /^\s*(?:The\s+)?(Word|Talk|Rumou?r|Gossip)\s+(?:(?:in|on|around|round|at|among|across)\s+[^,.;:"\u201C\u201D]{1,40}?\s+)?(?:is|was|has\s+it|had\s+it)\s+that\s+/iu;
