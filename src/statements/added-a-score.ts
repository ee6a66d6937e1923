/**
 * "Centre Name added 14 points and 11 rebounds, and told …", "Name added 12 points and five assists off the bench":
 * "added" with a count of a game's scoring (points, rebounds, goals, runs …) as its object is what a player put on the
 * scoreboard, never what was said; no reported clause starts after it.
 */
// Forty-fifth session (left45): test-62 w04 (the count was read as the clause and the "told … that" clauses after it were
// lost) and test-34 w16 (a count read as a clause). Guard: the count right after the verb and its noun one of a game's
// tallies; "added 14 points had been deducted …" (a finite verb after the noun) is still a clause.
const COUNT = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another|a\s+further|a\s+second|a\s+third)`;
const TALLY = '(?:points?|rebounds?|assists?|goals?|runs?|wickets?|tries|try|conversions?|penalties|yards|saves|steals|blocks|strikeouts|hits|birdies|eagles|touchdowns?|baskets|three-pointers|threes|aces)';
const ADDED_A_SCORE_RE = new RegExp(String.raw`^\s+${COUNT}\s+(?:more\s+|further\s+)?${TALLY}(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)${COUNT}\s+(?:more\s+)?${TALLY})*(?!\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|may|must|can)\b)(?=\s*[,.;:]|\s*$|\s+(?:in|off|from|for|as|before|after|to|on|at|during|with)\b)`, 'u');

/** Whether the words after a verb of adding (`cue`) open a count of a game's scoring, its object. */
export function isAddedAScore(cue: string, rest: string): boolean {
  return /^add(?:ed|s)?$/u.test(cue) && ADDED_A_SCORE_RE.test(rest);
}
