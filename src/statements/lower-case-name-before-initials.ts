// "… the water development department (WDD) said. ¶ … the WDD said …": some outlets print a body's name in lower case
// and define its initials in brackets after it; the initials stand for the name as printed, the words just before the
// brackets whose first letters spell them, when the name ends in a body's word (a department, an authority).

/**
 * The lower-case words just before a short name in brackets whose first letters spell it (small joiners such as "of"
 * and "for" give no letter), when the last is one of `bodyHeads`: "water development department" for "WDD"; else null.
 */
export function lowerCaseNameSpelled(wordsBefore: readonly string[], acronym: string, bodyHeads: ReadonlySet<string>): string | null {
  if (acronym.length < 2 || !bodyHeads.has(wordsBefore.at(-1)?.toLowerCase() ?? '')) return null;
  for (let k = wordsBefore.length - 1; k >= 0 && wordsBefore.length - k <= 8; k--) {
    const word = wordsBefore[k]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return null;
    const name = wordsBefore.slice(k);
    if (/^(?:of|for|and|on|the)$/u.test(name[0]!)) continue;
    const letters = name.filter((w) => !/^(?:of|for|and|on|the)$/u.test(w)).map((w) => w[0]!.toUpperCase()).join('');
    if (letters === acronym) return name.join(' ');
  }
  return null;
}
