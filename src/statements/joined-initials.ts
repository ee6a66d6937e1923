// An initial written against the name after it, with a full stop and no space: Mongolian copy prints a person's
// patronymic initial so ("B.Enkhtuvshin", "D.Ganbold"). The reading treats the initial as any other ("B. Enkhtuvshin");
// the canonical name keeps it as the text prints it.

/** Whether the gap between a single capital and the next word is a joined initial's full stop ("B" "." "Enkhtuvshin"). */
export function isJoinedInitialGap(previous: string, gap: string, next: string): boolean {
  return gap === '.' && /^\p{Lu}$/u.test(previous) && /^\p{Lu}\p{Ll}/u.test(next);
}

/** An initial and a capitalised word with a space between, as names are displayed ("D. Ganbold"). */
const SPACED_INITIAL_RE = /(?<![\p{L}.])(\p{Lu})\. (\p{Lu}[\p{L}'\u2019-]*)/gu;

/**
 * `name` as the text prints it where it writes an initial against the word after it: "D.Ganbold" for "D. Ganbold" when
 * the text has "D.Ganbold" and never "D. Ganbold".
 */
export function withJoinedInitials(text: string, name: string): string {
  if (!name.includes('. ')) return name;
  return name.replace(SPACED_INITIAL_RE, (spaced, initial: string, word: string) => {
    const joined = `${initial}.${word}`;
    return text.includes(joined) && !text.includes(spaced) ? joined : spaced;
  });
}
