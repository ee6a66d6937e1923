// «…, говорится в релизе ОМВД России по Грязовецкому району. …, уточняется в сообщении отдела»: «ОМВД» is «отдел МВД», so
// a bare «отдел» (and «управление» for «УМВД», «УФСИН», «УФНС») is the body the text names by an acronym that opens with
// that word's letter. It had been given as printed, «отдел», a body the text never names (forty-third session, fourteenth
// Russian speaker probe).

/** The first letter an office's acronym opens with, for a bare office word in any case; null for any other word. */
function officeLetter(word: string): string | null {
  if (/^отдел(?:|а|у|ом|е)$/u.test(word)) return 'О';
  if (/^управлени(?:е|я|ю|ем|и)$/u.test(word)) return 'У';
  return null;
}

/**
 * The one body the text names by an acronym of three to six capitals opening with the office word's letter («ОМВД»,
 * «ОМВД России по Грязовецкому району», as printed with what follows it up to a comma or full stop when that is «России
 * по …»); null when the word is no bare office word, or the text names no such body or two. Guard: the acronym's second
 * letter a capital too, and the acronym not the word's own initials alone (two letters).
 */
export function officeNamedByAcronym(text: string, written: string): string | null {
  const letter = officeLetter(written.trim().toLowerCase());
  if (!letter) return null;
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])(${letter}\\p{Lu}{2,5})(?![\\p{L}-])((?:\\s+России)?\\s+по\\s+(?:\\p{Lu}\\p{Ll}+\\s+(?:району|области|краю|округу)|городу\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+))?`, 'gu'))) {
    found.add(m[1]!);
    if (m[2]) found.add(`${m[1]}${m[2]}`);
  }
  const acronyms = new Set([...found].map((f) => f.split(/\s/u)[0]!));
  if (acronyms.size !== 1) return null;
  return [...found].sort((a, b) => b.length - a.length)[0]!;
}
