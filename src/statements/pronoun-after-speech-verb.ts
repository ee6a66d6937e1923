// (Forty-third session, d2403.) "The applicant, Ċensu Borg, 71, said he had inherited …. ¶ For the objectors, Marthese Borg
// – no relation – said …. ¶ "…?" Ms Borg asked.": of two bearers of one surname that no courtesy title or gendered word
// marks, and whose given names no list holds, the text's own pronoun right after one bearer's verb of speech ("Name Name,
// 71, said he …") marks that one, so "Ms Borg" is the other. Used only where a courtesy title chooses between bearers
// (speaker-resolver.ts courtesyName), not for "he" / "she" at large. Before, "Ms Borg" went to the man.
// Guards: the bearer's full name as printed, then an aside between commas at most, then said / says / told (one to four
// words after it) / added, an optional "that", then the pronoun; every such cue agrees, or nothing is read.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** "m" / "f" from the pronouns the text prints right after the full name's verbs of speech; null when none or they disagree. */
export function genderByPronounAfterSpeech(text: string, fullName: string): 'm' | 'f' | null {
  const name = escapeRegExp(fullName).replace(/ /gu, '\\s+');
  const re = new RegExp(`(?<![\\p{L}])${name}(?:,[^,.\\n]{1,80},)?\\s+(?:said|says|told(?:\\s+[\\p{L}'\\u2019]+){1,4}?|added)\\s+(?:that\\s+)?(he|his|she|her)(?![\\p{L}])`, 'gu');
  const found = new Set<'m' | 'f'>();
  for (const m of text.matchAll(re)) found.add(m[1] === 'he' || m[1] === 'his' ? 'm' : 'f');
  return found.size === 1 ? [...found][0]! : null;
}
