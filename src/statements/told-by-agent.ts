// "We were told by a former captain that …", "Parents were told by a senior teacher that …": a passive "told" with its agent
// after "by" — the agent is the speaker, not whoever was told (attribution.ts skips "was / were told" for that reason).
// Guards: the agent must end right before "that" within eight words (no clause is read without "that": "were told by
// phone about the delay" gives nothing); a means of telling is no agent ("told by letter | email | phone | text | post
// that …": nobody is named, and no one is read); the agent must be a speaker phrase (parseSpeakerPhrase decides).

import type { Token } from './speaker-phrase.ts';

/** Ways of telling that may follow "by" and are no speaker. */
const MEANS = new Set(['letter', 'email', 'e-mail', 'phone', 'telephone', 'text', 'post', 'mail', 'message', 'video', 'videolink',
  'radio', 'leaflet', 'notice', 'word']);

/**
 * Where tokens[k] is "told" after a form of "be" and "by" follows: the agent's tokens [from, to) and the token index of
 * "that" after it; null when the shape is not there.
 */
export function toldByAgent(tokens: readonly Token[], k: number): { from: number; to: number; that: number } | null {
  if (tokens[k]?.lower !== 'told' || tokens[k + 1]?.lower !== 'by') return null;
  return agentThenThat(tokens, k);
}

/**
 * Where tokens[k] is a passive verb and tokens[k + 1] is "by": the agent's tokens [from, to) when "that" ends it within
 * eight words, no means of telling and no verb inside (it-passive-by-agent.ts uses it for "It was claimed by …").
 */
export function agentThenThat(tokens: readonly Token[], k: number): { from: number; to: number; that: number } | null {
  if (tokens[k + 1]?.lower !== 'by') return null;
  const that = tokens.findIndex((t, j) => j > k + 2 && j <= k + 10 && t.lower === 'that');
  if (that < 0) return null;
  const agent = tokens.slice(k + 2, that);
  if (agent.length === 0 || MEANS.has(agent.at(-1)!.lower) || MEANS.has(agent[0]!.lower)) return null;
  // (An agent is one phrase: no clause's verb or second "by" inside it.)
  if (agent.some((t) => ['by', 'said', 'says', 'told', 'was', 'were', 'is', 'are'].includes(t.lower))) return null;
  return { from: k + 2, to: that, that };
}
