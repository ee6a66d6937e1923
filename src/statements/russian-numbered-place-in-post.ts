// «— рассказал бригадир оленеводческой бригады № 4 Name Surname», «— говорит мастер смены № 2 Name Surname»: a number (its
// «№» is no token) after a lower-case word of a description, among the words before a full name, is the number of the place
// the post is of. A post the role lists know read it already («директор школы № 8 Name»); a post they do not know, read
// without a number («бригадир бригады Name Surname»), was no phrase at all with one, so the quote went to the body named
// last (thirty-first session, third round). The phrase is read without the number.
// Guards (against a count or a date read away): one number only, of one to four digits, neither first nor last; the word
// before it lower case and no preposition («за 2 …», «в 2024 …» are no place's number); more than one space before it (where
// «№» stood); the reading without it a person's name ending at the phrase's last word, else nothing changes.

import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

export function numberedPlaceInPost(all: readonly Token[], parse: (words: Token[]) => SpeakerPhrase | null,
  isPreposition: (t: Token) => boolean): SpeakerPhrase | null {
  const numbers = all.flatMap((t, k) => (/^\p{N}+$/u.test(t.text) ? [k] : []));
  if (numbers.length !== 1) return null;
  const k = numbers[0]!;
  const number = all[k]!;
  const before = all[k - 1];
  if (!before || k === all.length - 1 || number.text.length > 4 || !/^\p{Ll}+$/u.test(before.text) || isPreposition(before)) return null;
  if (number.start - before.end < 2) return null;
  const read = parse([...all.slice(0, k), ...all.slice(k + 1)]);
  return read?.kind === 'name' && read.end === all.at(-1)!.end ? { ...read, start: Math.min(read.start, all[0]!.start) } : null;
}
