/**
 * "X rose to $19m, the bank said, mostly because of lower prices." / "Y was doubtful, Doig confirmed, while Z had returned
 * to training." / "Larger boats may sail, it added, but only after an inspection." / "The fall was due to lower catches,
 * the authority said, and not to any move by the fleets.": an attribution set inside a sentence, then the rest of the
 * speaker's sentence — a reason, a condition, a contrast or a restriction with no verb of saying of its own. What comes
 * before the attribution is the speaker's clause, and so is this tail.
 *
 * Not ", as …" (the writer's setting of the story: "…, the ministry said, as the number of tenants rose"), nor a tail with a
 * verb of saying, another frame (", while others suggested …", read by the frame rules).
 *
 * Read only when aside-goes-on.ts found no clause there: a "while" clause whose subject and finite verb that rule knows
 * ("…, Doig confirmed, while Z had returned …") is its, and starts after "while".
 */
import { CLAUSE_CUES, THAT_CUES } from './vocabulary.ts';
import { tokenize } from './speaker-phrase.ts';

/** The opening of such a tail after the comma that ends the attribution; group 1 is where the clause begins. */
export const TAIL_AFTER_ATTRIBUTION_RE =
  /^[^,.;:"\u201C\u201D]*,\s+(?:(?:and|but)\s+(?=(?:only|not|never)\s)|(?=(?:(?:mainly|mostly|largely|partly|chiefly|probably|possibly|simply|only|just|in\s+part)\s+)?because\s|unless\s|so\s+(?!far\b|much\b|many\b|long\b)|while\s|whereas\s))/u;

/** A reason or condition after an attribution's comma: it ends the attribution (", the bank said, mostly because …"). */
export const REASON_AFTER_ATTRIBUTION_RE =
  /,\s+(?:(?:mainly|mostly|largely|partly|chiefly|probably|possibly|simply|only|just|in\s+part)\s+)?(?:because|unless)\b|,\s+so\s+(?!far\b|much\b|many\b|long\b)/u;

/**
 * Where the speaker's tail begins in `masked` after the attribution's verb ending at `cueEnd` (the sentence ending at
 * `end`), or -1: the clause's start, after "and"/"but" but with "because", "unless", "so" or "while" kept in it.
 */
export function tailAfterAttribution(masked: string, cueEnd: number, end: number): number {
  const m = TAIL_AFTER_ATTRIBUTION_RE.exec(masked.slice(cueEnd, end));
  if (!m) return -1;
  const from = cueEnd + m[0].length;
  // (After "while" or "whereas" a verb of saying makes it another frame: ", while others said …"; a determiner before the word
  // makes it a noun, ", while the report was …".)
  if (/^(?:while|whereas)\s/u.test(masked.slice(from, end))) {
    const tokens = tokenize(masked.slice(from, end));
    if (tokens.some((t, k) => (CLAUSE_CUES.has(t.lower) || THAT_CUES.has(t.lower)) && !/^(?:a|an|the|its|their|his|her|this|that)$/u.test(tokens[k - 1]?.lower ?? ''))) return -1;
  }
  return from;
}
