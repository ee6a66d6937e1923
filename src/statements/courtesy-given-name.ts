// "Carmelo Camilleri, …, died on Tuesday, his son said. ¶ His son, Joseph Camilleri, said … ¶ "…," Joseph said. ¶ Born in
// 1934, Mr Camilleri began …": where two people of a text share a surname, news copy calls one of them by the given name
// alone to tell them apart, and keeps "Mr Surname" (or the surname) for the other, the one the story is about. So a
// courtesy title with the surname is the bearer never called by the given name alone. Guards: exactly two bearers; the
// given name alone (not before a capitalised word, so not the full name again) printed for one of them only, after that
// one's full name; the caller checks the title's gender does not contradict.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** Of two full names sharing a surname, the other one when exactly one is also called by the given name alone. */
export function otherThanTheOneByGivenName(text: string, bearers: readonly string[]): string | null {
  if (bearers.length !== 2) return null;
  const calledByGivenName = bearers.filter((name) => {
    const given = name.split(' ')[0]!;
    const at = text.indexOf(name);
    if (at < 0 || given.length < 3) return false;
    const escaped = escapeRegExp(given);
    return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}'\u2019])(?!\\s+\\p{Lu})`, 'u').test(text.slice(at + name.length));
  });
  if (calledByGivenName.length !== 1) return null;
  return bearers.find((name) => name !== calledByGivenName[0]) ?? null;
}
