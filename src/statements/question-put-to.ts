// A person a question is put to in reported speech: "It was put to Mr Name whether the road could open by May. That was
// 'unlikely', he replied.", "Ms Name was asked whether the fund would last". The question names who answers it; a "he"
// or "she" replying next is that person, not the last one quoted.
// ("I asked Name what he would cook next year. "…," he said.": a first-person writer's question, a critic's or an
// interviewer's, the same; guard: "I" or "we" right before "asked", the name capitalised right after it.)
import { parseSpeakerPhrase, type SpeakerPhrase, tokenize } from './speaker-phrase.ts';

/** "put to <name> whether / if / that", "<name> was asked whether / if / why / how / about", "I asked <name> what / whether …": the name's words (group 1, 2 or 3). */
const PUT_TO_RE = /\bput\s+to\s+((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]+)\s+(?:whether|if|that)\b|(?:^|[\s,])((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]+)\s+was\s+(?:then\s+|later\s+|also\s+)?asked\s+(?:whether|if|why|how|about)\b|(?:^|[\s,])(?:I|[Ww]e)\s+(?:then\s+|later\s+|also\s+)?asked\s+((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]+)\s+(?:whether|if|why|how|what|when|where|who|about)\b/u;

/** The person the sentence from `start` to `end` puts a question to, or null. */
export function personQuestionPutTo(masked: string, start: number, end: number): SpeakerPhrase | null {
  const sentence = masked.slice(start, end);
  const m = PUT_TO_RE.exec(sentence);
  if (!m) return null;
  const words = m[1] ?? m[2] ?? m[3]!;
  const at = start + m.index + m[0].indexOf(words);
  const phrase = parseSpeakerPhrase(tokenize(words, at));
  return phrase?.kind === 'name' ? phrase : null;
}
