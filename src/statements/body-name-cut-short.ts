// "Kestrel Ridge Gold Corp reported …" in the lead, then "Kestrel Ridge said in its release that …": a business's name
// printed in full once, with its legal form, and later cut to its first words. The short form reads like a person's
// name (two capitalised words), but the text has shown whose first words they are: the body, named in full.
// Guards: the short form's first word is no given name ("John Lewis" beside "John Lewis Partnership" may be the man);
// the full form ends in a legal form only (not any body word: "Harbour View" and "Harbour View Road" are no business);
// and the short form is printed on its own somewhere, not only as the full name's opening.

import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { LEGAL_FORMS } from './company-by-legal-form.ts';
import { givenNameGender } from './given-names.ts';

const NAME = "\\p{Lu}[\\p{L}'\u2019-]*";
/** Two to four capitalised words, then a legal form (company-by-legal-form.ts's list) and its full stop, if any. */
const FULL_RE = new RegExp(`(?<![\\p{L}])(${NAME}(?:\\s+${NAME}){1,3})\\s+((?:${LEGAL_FORMS})\\.?)(?![\\p{L}])`, 'gu');

let read: { text: string; full: Map<string, string> } | null = null;

/** Lower-cased short forms the text prints of a business named in full with its legal form, each to its full name. */
export function bodiesCutShort(text: string): ReadonlyMap<string, string> {
  if (read?.text === text) return read.full;
  const full = new Map<string, string>();
  for (const m of text.matchAll(FULL_RE)) {
    const words = m[1]!.split(/\s+/u);
    if (words[0] === 'The') words.shift();
    if (words.length < 2 || givenNameGender(words[0]!) !== null) continue;
    const whole = `${words.join(' ')} ${m[2]}`;
    // (The short form is the first two or three words, at most two left before the legal form.)
    for (let k = 2; k <= Math.min(3, words.length); k++) {
      const short = words.slice(0, k).join(' ');
      const escaped = escapeRegExp(short);
      // (Printed alone: the short form, not followed by another capitalised word.)
      if (!new RegExp(`(?<![\\p{L}])${escaped}(?!\\s+\\p{Lu})(?![\\p{L}'\u2019-])`, 'u').test(text)) continue;
      if (!full.has(short.toLowerCase())) full.set(short.toLowerCase(), whole);
    }
  }
  read = { text, full };
  return full;
}
