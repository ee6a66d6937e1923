// «— сказал победитель после финала» after «В финале Name Surname … провел прием и победил действующего чемпиона»: a bare
// «победитель» / «победительница» is the one person the text told of winning, named in the nearest sentence before that
// holds a form of «победил» or «выиграл», not an unnamed source (the text had quoted nobody before it) nor the speaker
// quoted last. (Thirty-ninth session, test-57 r04; the same reading as «автор победного гола», russian-author-of-deed.ts.)
// Guards: the word alone as printed (the caller asks only then); the sentence must name exactly one person (a known one,
// or two capitalised Cyrillic words in a row, not opening the sentence), else nothing is found and the phrase is read as
// before.
import { authorOfDeed } from './russian-author-of-deed.ts';

/** Two capitalised Cyrillic words in a row, not the sentence's first word: a first name and a surname as printed. */
const FULL_NAME_RE = /(?<=[\p{L},;:–—-]\s+)[\u0410-\u042F\u0401][\u0430-\u044F\u0451]+\s+[\u0410-\u042F\u0401][\u0430-\u044F\u0451]+(?![\p{L}])/gu;

/** The one person the nearest sentence before `at` tells of winning, for a bare `word`, else null. */
export function winnerOfDeed(text: string, at: number, word: string, people: readonly string[]): string | null {
  if (word !== 'победитель' && word !== 'победительница') return null;
  const printed = [...text.slice(0, at).matchAll(FULL_NAME_RE)].map((m) => m[0].replace(/\s+/gu, ' '));
  const candidates = [...new Set([...people, ...printed])];
  for (const verb of ['победил', 'выиграл']) {
    const winner = authorOfDeed(text, at, [verb], candidates);
    if (winner) return winner;
  }
  return null;
}
