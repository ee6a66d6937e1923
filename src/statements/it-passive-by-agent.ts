// "It was claimed by one deckhand that …", "It has been alleged by former workers at the pit that …", "It was suggested by
// people at the meeting that …": a hearsay passive with a dummy "it" opening the sentence and its agent after "by" — the
// agent is the speaker (unnamed or named, as its phrase reads), not the "it", which the rules before read as a pronoun
// and gave to the last body named (or to nobody), with "by <agent>" left at the clause's head. The agentless form ("It
// was claimed at a meeting that …") stays with agentless-it-passive.ts. (Thirty-seventh session's tenth probe of unnamed
// sources in English, d1900, d1902, d1905.)
// Guards: "It" must open the sentence, right before a form of "be" (an adverb may stand between), the verb one of
// asserting (not "believed", "feared", "expected": a belief is no statement), "by" right after it; the agent ends at
// "that" within eight words and holds no verb and no means of telling (told-by-agent.ts `agentThenThat`), and it must
// read as a speaker phrase (attribution.ts keeps the rules before when parseSpeakerPhrase reads none).

import type { Token } from './speaker-phrase.ts';
import { agentThenThat } from './told-by-agent.ts';

const ASSERTING = new Set(['claimed', 'alleged', 'suggested', 'argued', 'asserted', 'contended', 'stated', 'said', 'reported',
  'insisted', 'maintained']);
const ADVERBS = new Set(['also', 'further', 'now', 'widely', 'repeatedly', 'later', 'previously']);

/** Where tokens[k] is the verb of "It (is | was | has been | had been) (adverb) <verb> by <agent> that": the agent's span. */
export function itPassiveByAgent(tokens: readonly Token[], k: number): { from: number; to: number; that: number } | null {
  if (!ASSERTING.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by') return null;
  let j = k - 1;
  if (ADVERBS.has(tokens[j]?.lower ?? '')) j--;
  if (tokens[j]?.lower === 'been' && ['has', 'had'].includes(tokens[j - 1]?.lower ?? '')) j -= 2;
  else if (['is', 'was'].includes(tokens[j]?.lower ?? '')) j--;
  else return null;
  if (j !== 0 || tokens[0]!.text !== 'It') return null;
  return agentThenThat(tokens, k);
}
