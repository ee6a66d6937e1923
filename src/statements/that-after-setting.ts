// "…said in a filing with the country's markets regulator that it would appeal", "…said in an answer taken on notice at
// earlier hearings that the budget had been approved": where and how the words were said, a setting that opens with a
// preposition and runs on in lower-case words (a participle, a listener described), then "that" and the clause.
import type { Token } from './speaker-phrase.ts';

/** Prepositions that open the setting of a verb of speech ("said in …", "said after the hearing that"). */
const SETTING_PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'via', 'through', 'with', 'after', 'before', 'during', 'following', 'under']);

/** Words right after "that" that make it a relative, not the clause's opening ("a filing that was lodged …"). */
const RELATIVE_VERBS = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should',
  'may', 'might', 'must', 'did', 'does']);

/** The longest setting read: a dozen words, so that no later "that" in the sentence is taken. */
const MAX_SETTING_WORDS = 12;

/**
 * Where the clause begins after a setting between the verb and its "that" (`after`: the words after the verb, in order),
 * or null when no such setting comes first. `stops` says which words end the search (a finite verb or another verb of
 * speech: the setting is no longer one).
 */
export function clauseAfterSetting(masked: string, after: readonly Token[], stops: (t: Token) => boolean): number | null {
  if (after.length < 3 || !SETTING_PREPOSITIONS.has(after[0]!.lower)) return null;
  for (let k = 1; k < Math.min(after.length, MAX_SETTING_WORDS + 1); k++) {
    const t = after[k]!;
    if (masked.slice(after[0]!.start, t.start).includes(',') || stops(t)) return null;
    if (t.lower !== 'that') continue;
    // ("said in a statement it understood the need for the repairs but that shops …": "but that" or "and that" joins a
    // second clause to one already begun, so no setting ends there; forty-third session, test-57 w03.)
    if (/^(?:but|and)$/u.test(after[k - 1]!.lower)) return null;
    const next = after[k + 1];
    return next && !RELATIVE_VERBS.has(next.lower) && !/^\p{Ll}+ed$/u.test(next.text) ? t.end : null;
  }
  return null;
}
