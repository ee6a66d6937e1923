/** Verbs that, straight after "that", make it the clause's subject (a pronoun), not the word that introduces the clause. */
const VERBS_AFTER_A_PRONOUN = new Set(['would', 'will', 'could', 'can', 'should', 'might', 'may', 'must', 'was', 'is',
  "wasn't", "isn't", "wouldn't", "won't", "couldn't"]);

/**
 * "The chief said that would help, but …", "She told reporters that was not enough": "that" followed at once by a modal or
 * "was"/"is" is the pronoun the clause opens with ("that [plan] would help"), so the clause keeps it. (Not "had", "were" or
 * "are": "said that had the council acted …" is a clause with its own inverted subject.)
 */
export function isThatTheSubject(wordAfterThat: string | undefined): boolean {
  return wordAfterThat !== undefined && VERBS_AFTER_A_PRONOUN.has(wordAfterThat.toLowerCase().replace(/\u2019/gu, "'"));
}
