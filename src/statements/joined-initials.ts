// An initial written against the name after it, with a full stop and no space: Mongolian copy prints a person's
// patronymic initial so ("B.Enkhtuvshin", "D.Ganbold"). The reading treats the initial as any other ("B. Enkhtuvshin");
// the canonical name keeps it as the text prints it.

// (A Cyrillic letter that Latin spells with two letters is an initial of two: "Ts.Munkhzorig" for Ц., "Ch.Bold" for Ч.)

/** Initials of one Cyrillic letter spelled with two Latin ones (Ц, Ч, Ш, Х, Ж, Я, Ю, Ё, Е). */
const TWO_LETTER_INITIAL_RE = /^(?:Ts|Ch|Sh|Kh|Zh|Ya|Yu|Yo|Ye)$/u;

/** Whether `word` is an initial: one capital, or a Cyrillic letter's two ("Ts"). */
const isInitialWord = (word: string) => /^\p{Lu}$/u.test(word) || TWO_LETTER_INITIAL_RE.test(word);

/** Whether the gap between an initial and the next word is a joined initial's full stop ("B" "." "Enkhtuvshin"). */
export function isJoinedInitialGap(previous: string, gap: string, next: string): boolean {
  return gap === '.' && isInitialWord(previous) && /^\p{Lu}\p{Ll}/u.test(next);
}

/** An initial and a capitalised word with a space between, as names are displayed ("D. Ganbold"). */
const SPACED_INITIAL_RE = /(?<![\p{L}.])(\p{Lu})\. (\p{Lu}[\p{L}'\u2019-]*)/gu;

/**
 * `name` as the text prints it where it writes an initial against the word after it: "D.Ganbold" for "D. Ganbold" when
 * the text has "D.Ganbold" and never "D. Ganbold".
 */
export function withJoinedInitials(text: string, name: string): string {
  // ("Ts Munkhzorig", read from "Ts.Munkhzorig": the two letters' full stop is lost with the word split.)
  const first = name.split(' ', 1)[0]!;
  if (TWO_LETTER_INITIAL_RE.test(first) && name.length > first.length) {
    const joined = `${first}.${name.slice(first.length + 1)}`;
    if (text.includes(joined)) return joined;
  }
  if (!name.includes('. ')) return name;
  return name.replace(SPACED_INITIAL_RE, (spaced, initial: string, word: string) => {
    const joined = `${initial}.${word}`;
    return text.includes(joined) && !text.includes(spaced) ? joined : spaced;
  });
}

/**
 * Whether `tokens` are just an initial and the word it is written against ("D.Gantulga", one character between them; a
 * spaced initial, "S. Thompson", has two): a Mongolian name, its initial first, so no word before it is a first name.
 */
export function isJoinedInitialName(tokens: readonly { text: string; start: number; end: number }[]): boolean {
  const [initial, word] = tokens;
  return tokens.length === 2 && !!initial && !!word && isInitialWord(initial.text) && word.start === initial.end + 1 && /^\p{Lu}\p{Ll}/u.test(word.text);
}
