// "Fisheries Iceland (SFS), which represents the industry, said": letters in brackets that do not spell the name's initials
// (a name translated from another language keeps its own language's letters) still stand for the capitalised name right
// before them when "which" follows, which marks the name as a body's (a person's name with party letters takes "who").
// The body's name is the one printed in full, not the letters.

/** Two to five capitalised words (with "of", "and", "for" between) right before "(LETTERS), which". */
const NAME_BEFORE_LETTERS = "((?:\\p{Lu}[\\p{L}'\u2019&-]*\\s+(?:(?:of|and|for|the)\\s+)*){1,4}\\p{Lu}[\\p{L}'\u2019&-]*)";

/** The capitalised name the text prints right before "(<letters>), which", or null. */
export function bodyNamedBeforeLettersWhich(text: string, letters: string): string | null {
  const at = text.indexOf(`(${letters}),`);
  if (at < 0 || !/^\s*which\b/u.test(text.slice(at + letters.length + 3, at + letters.length + 12))) return null;
  const m = new RegExp(`${NAME_BEFORE_LETTERS}\\s*$`, 'u').exec(text.slice(Math.max(0, at - 100), at));
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/u);
  while (words.length > 0 && /^(?:The|A|An|In|On|At|By|For|From|But|And)$/u.test(words[0]!)) words.shift();
  return words.length >= 2 ? words.join(' ') : null;
}
