// «Директор парка Валериу Гонца сказал, что …», «Гонца показал Русу новое депо. «…», — подчеркнула она»: a surname whose
// ending shows no sex («-а» that is no «-ова» / «-ина», «-у», a consonant) with a given name no list holds tells nothing,
// so «она» could fall to the man who was the last subject. The past verb the text sets right after the name shows it:
// «-л» / «-лся» a man's, «-ла» / «-лась» a woman's (forty-fourth session, fifteenth Russian speaker probe, dev d2454).
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/**
 * 'm' or 'f' when every past verb the text prints right after `name`'s surname (the next word, lower-case) shows that
 * sex, and at least one does; null when none does or they disagree. Guards: a Cyrillic surname of three letters or more;
 * the verb a past form of four letters or more («сказал», «показала», «отказался»).
 */
export function russianGenderByVerbAfterName(text: string, name: string): 'm' | 'f' | null {
  const surname = name.split(' ').at(-1)!;
  if (!/^[\u0400-\u04FF-]{3,}$/u.test(surname)) return null;
  let m = 0;
  let f = 0;
  for (const hit of text.matchAll(new RegExp(`(?<![\\p{L}-])${escapeRegExp(surname)}\\s+(\\p{Ll}{2,}(?:л|ла|лся|лась))(?![\\p{L}-])`, 'gu'))) {
    if (/(?:ла|лась)$/u.test(hit[1]!)) f++;
    else m++;
  }
  return m > 0 && f === 0 ? 'm' : f > 0 && m === 0 ? 'f' : null;
}
