// «Сельская аптека, отметила она, не может окупиться …»: a verb of saying in the past and a pronoun set between commas
// inside the sentence, after its subject. The clause is the whole sentence (as «Спешка, по его словам, может …» is); a
// pronoun cannot open an apposition, so what follows is the sentence going on, not words about the speaker.
import { RU_SPEECH_VERBS } from './vocabulary-ru.ts';

/** A subject of two words or more, the aside, then the sentence going on in lower case. */
const PRONOUN_ASIDE_RE = /^(\p{L}[^,]{0,79}?\s[^,]{1,79}?),\s*(\p{Ll}+)\s+(он|она|они)\s*,\s*(?=\p{Ll})/u;
/** A gerund or participle after the aside ("…, сказал он, улыбаясь"): words about the speaker, not the sentence going on. */
const ABOUT_THE_SPEAKER_RE = /^\p{Ll}+(?:в|вши|вшись|ясь|аясь|ющ\p{Ll}*|ящ\p{Ll}*|вш\p{Ll}*)(?![\p{L}])/u;

export interface PronounAside {
  /** The verb of saying, relative to the sentence. */
  cue: { text: string; start: number };
  /** The pronoun, relative to the sentence. */
  pronoun: { text: string; start: number };
}

/** The aside of `sentence` (its first comma), or null. */
export function russianPronounAside(sentence: string): PronounAside | null {
  const m = PRONOUN_ASIDE_RE.exec(sentence);
  if (!m || !RU_SPEECH_VERBS.has(m[2]!)) return null;
  // (The words before the aside say nothing themselves: «Он сказал, что работы, отметил он, …» is another frame.)
  if (m[1]!.split(/\s+/u).some((w) => RU_SPEECH_VERBS.has(w.toLowerCase()))) return null;
  if (ABOUT_THE_SPEAKER_RE.test(sentence.slice(m[0].length))) return null;
  const cueAt = m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
  const pronounAt = cueAt + m[2]!.length + m[0].slice(cueAt + m[2]!.length).indexOf(m[3]!);
  return { cue: { text: m[2]!, start: cueAt }, pronoun: { text: m[3]!, start: pronounAt } };
}
