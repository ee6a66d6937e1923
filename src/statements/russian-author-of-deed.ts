// «Автор победного гола во флеш-зоне рассказал, что …» after «Победную шайбу забросил защитник Name Surname, для которого
// этот гол стал первым»: someone called the author of a deed the text has told of is the one person named in the sentence
// that told it, not the speaker quoted last. The words of the deed («победного гола») are matched by their stems against an
// earlier sentence; that sentence must name exactly one known person.
// Guards: every word of the deed (an adjective and a noun, in the genitive, lower case) must have its stem in that one
// sentence, each stem three letters at least; with no such sentence, or one naming two people or none, nothing is found
// and the phrase is read as before; the nearest such sentence before the phrase is taken.
import type { Token } from './speaker-phrase.ts';

/** A case ending to take off a word for its stem: «победного» → «победн», «гола» → «гол», «петиции» → «петици». */
const ENDING = /(?:ого|его|ому|ему|ыми|ими|ой|ей|ую|юю|ая|яя|ий|ый|ое|ее|ом|ем|ам|ям|ах|ях|ов|ев|а|я|у|ю|ы|и|е|о)$/u;

/** The deed's words after «автор» (one to three lower-case genitives), with an adverbial after them cut off: how many tokens the phrase keeps, else 0. */
export function authorPhraseLength(tokens: readonly Token[], isPreposition: (t: Token) => boolean): number {
  if (tokens.length < 2 || !/^автор(?:а|у|ом)?$/u.test(tokens[0]!.lower)) return 0;
  let k = 1;
  while (k < tokens.length && k <= 3 && /^\p{Ll}+(?:-\p{Ll}+)?$/u.test(tokens[k]!.text) && !isPreposition(tokens[k]!)) k++;
  if (k === 1) return 0;
  // (An adverbial after it, «во флеш-зоне», «на пресс-конференции»: a preposition, then up to three lower-case words.)
  const rest = tokens.slice(k);
  if (rest.length === 0) return k;
  return isPreposition(rest[0]!) && rest.length <= 4 && rest.slice(1).every((t) => /^\p{Ll}/u.test(t.text)) ? k : 0;
}

const stemOf = (word: string) => word.toLowerCase().replace(ENDING, '');

/**
 * The one person of `people` (full names, as the text's directory holds them) named in the nearest sentence before `at`
 * that holds every stem of `deed` (the words after «автор»), else null.
 */
export function authorOfDeed(text: string, at: number, deed: readonly string[], people: readonly string[]): string | null {
  const stems = deed.map(stemOf);
  if (stems.length === 0 || stems.some((s) => s.length < 3)) return null;
  const sentences = text.slice(0, at).split(/(?<=[.!?\u00BB])\s+|\n+/u);
  for (let k = sentences.length - 2; k >= 0; k--) {
    const words = sentences[k]!.toLowerCase().split(/[^\p{L}-]+/u);
    if (!stems.every((s) => words.some((w) => w.startsWith(s) && w.length - s.length <= 4))) continue;
    const named = people.filter((p) => {
      const surname = p.split(' ').at(-1)!;
      return sentences[k]!.includes(surname.slice(0, Math.max(4, surname.length - 2)));
    });
    return named.length === 1 ? named[0]! : null;
  }
  return null;
}
