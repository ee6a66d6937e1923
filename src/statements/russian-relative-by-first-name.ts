// «Его дочь Сайаана, фельдшер сельского медпункта, рассказала, что …», «Ее муж Тагир рассказал …», «Его мама Гульшат, учитель
// химии, рассказала»: a possessive, one word for kin and one capitalised word is that relative, named by the first name
// alone (as the development part names «фермерша Людмила» by hers, and d1632 «Его жена Алсу»). The phrase was read from its
// opening «Его» (the one the possessive points from, so the quotation went to him) or from the apposition after the comma (a
// post «фельдшер», then the latest speaker); a first name no list holds was even read as a body.
// Guards: exactly those three words, or those three and an apposition after a comma (the gap a dropped comma leaves, so that
// «Его жена Алсу Хабибуллина», a full name, reads as before); the possessive «его» / «ее» / «её»; the kin word one of a closed
// list in the nominative singular; the name one capitalised Cyrillic word, no acronym, no body's word.

import { FEMALE_KIN, MALE_KIN } from './russian-named-relative.ts';
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

// The family words of russian-named-relative.ts, and in-laws and a widow, who are named by a first name the same way.
const KIN = new Set([...MALE_KIN, ...FEMALE_KIN, 'невестка', 'зять', 'свекровь', 'теща', 'тёща', 'вдова']);

/** Whether `word` is one of the kin words above (lower case). */
export const isKinWord = (word: string): boolean => KIN.has(word);

export function relativeByFirstName(all: readonly Token[], isBodyWord: (t: Token) => boolean): SpeakerPhrase | null {
  if (all.length < 3 || !/^(?:его|ее|её)$/u.test(all[0]!.lower) || !KIN.has(all[1]!.text.toLowerCase())) return null;
  const name = all[2]!;
  if (!/^\p{Lu}[\u0430-\u044F\u0451]{2,}$/u.test(name.text) || isBodyWord(name)) return null;
  // (Only where the name ends the phrase, or a comma follows it: an apposition, «…, фельдшер сельского медпункта, по телефону».)
  const next = all[3];
  if (next && next.start - name.end < 2) return null;
  return { kind: 'name', name: [name.text], roles: [all[1]!.text.toLowerCase()], qualifier: null, start: all[0]!.start, end: name.end };
}
