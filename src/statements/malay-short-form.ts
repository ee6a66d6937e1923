// Malaysian copy shortens a name of three words with no "bin" to its first two ("Datuk Seri Mohamad Yusri Hashim" then
// "Mohamad Yusri said"): a Malay name is given names then a father's name, and the short form keeps the given names.
// Guard: the text prints the full name after a Malaysian honour ("Datuk", "Dato'", "Datin", "Tan Sri", "Tun", "Seri",
// "Sri"), so an English "John Paul Smith" is never "John Paul".

import { escapeRegExp } from '../text/escape-reg-exp.ts';

const HONOUR = String.raw`(?:Datuk|Dato['\u2019]?|Datin|Tan\s+Sri|Puan\s+Sri|Toh\s+Puan|Tun|Seri|Sri|Wira)`;

/** Whether `short` (two words) is the first two words of `full` (three), which the text prints after a Malaysian honour. */
export function isMalayGivenNamesShortForm(text: string, full: string, short: readonly string[]): boolean {
  const parts = full.split(' ');
  if (short.length !== 2 || parts.length !== 3) return false;
  if (parts[0]!.toLowerCase() !== short[0]!.toLowerCase() || parts[1]!.toLowerCase() !== short[1]!.toLowerCase()) return false;
  return new RegExp(`(?<![\\p{L}])${HONOUR}\\s+${parts.map(escapeRegExp).join('\\s+')}(?![\\p{L}])`, 'u').test(text);
}
