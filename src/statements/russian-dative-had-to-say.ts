// «Мартыновой пришлось признать, что …», «Петрову придется объяснить, что …»: a surname in the dative, then «пришлось /
// придется» and a verb of saying in the infinitive, then «, что»: the one who had to say it is the speaker, the person the
// text named before by that surname in the nominative. It had been read as no frame at all (the verb of saying is an
// infinitive), so the clause was not found (thirty-ninth session, tenth Russian speaker probe: d2110, d2112, d2113,
// d2114). Guards: the surname opens the sentence; its nominative is a capitalised word printed earlier in the text whose
// dative is the printed word (a woman's «-ова / -ина» → «-овой / -иной», a man's «-ов / -ин» → «-ову / -ину», «-ец» →
// «-цу», another consonant → «-у», a surname that does not decline as printed); no such word, no frame.

const FRAME_RE = /^\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:(?:тоже|также|все\s+же|всё\s+же|все-таки|всё-таки)\s+)?(?:пришлось|придется|придётся)\s+(?:(?:все\s+же|всё\s+же|все-таки|всё-таки|тоже|также)\s+)?(признать|согласиться|пояснить|уточнить|объяснить|напомнить|заверить|пообещать|ответить|заявить|оправдываться)\s*,\s*что\s+/u;

/** The dative of a surname in the nominative, by its ending. */
function dativeOf(surname: string): string {
  if (/(?:ова|ева|ёва|ина|ына)$/u.test(surname)) return `${surname.slice(0, -1)}ой`;
  if (/(?:ская|цкая)$/u.test(surname)) return `${surname.slice(0, -2)}ой`;
  if (/(?:ский|цкий)$/u.test(surname)) return `${surname.slice(0, -2)}ому`;
  if (/ец$/u.test(surname)) return `${surname.slice(0, -2)}цу`;
  if (/[бвгдзклмнпрстфхжшчщц]$/u.test(surname)) return `${surname}у`;
  return surname;
}

/**
 * The frame at the start of `sentence` (offsets relative to it): the surname's nominative, where the printed word is,
 * the cue (the infinitive) and where the clause starts; `textBefore` is the text before the sentence.
 */
export function dativeHadToSay(sentence: string, textBefore: string): { surname: string; at: number; length: number; cue: string; cueAt: number; clauseAt: number } | null {
  const m = FRAME_RE.exec(sentence);
  if (!m) return null;
  const printed = m[1]!;
  const words = [...textBefore.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}-])/gu)].map((w) => w[0]);
  const surname = words.reverse().find((w) => dativeOf(w) === printed && (w !== printed || !/(?:ой|ому|у|ю|е)$/u.test(w)));
  if (!surname) return null;
  return { surname, at: m.index + m[0].indexOf(printed), length: printed.length, cue: m[2]!, cueAt: m.index + m[0].lastIndexOf(m[2]!), clauseAt: m[0].length };
}
