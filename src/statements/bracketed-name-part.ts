// "Workers at the Golden Loom Apparel (Vietnam) plant, which …, said": a capitalised word or two in brackets between a
// name's capitalised words and a lower-case word after it (a subsidiary's country, a site's town) is part of that name,
// not a break in the subject before a speech verb (which read "Vietnam" as the one who spoke). Initials in brackets before
// a comma or the verb ("… Authority (SDMA) said", "Cllr Name (SNP), said") are read where they were.

/**
 * Brackets after a capitalised word, around capitalised words, with a lower-case word after them (the name's head noun,
 * "plant", "factory"); not a post's bracketed field before a name, "Deputy Commissioner (Disaster Management) Name".
 */
const INNER_NAME_BRACKETS_RE = /(?<=\p{Lu}[\p{L}'\u2019-]*\s)\((\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\)(?=\s+\p{Ll}+(?![\p{L}.]))/gu;

/**
 * A company's legal form with its bracketed first half, "Name Traders (Pty) Ltd", "Name Mills (Pvt) Ltd", "Name (Private)
 * Limited": southern African, Pakistani, Sri Lankan and Indian copy prints it so, and the bracket cut the name before its
 * "Ltd" (the broker read as an unnamed source, or as "Ltd"). Thirty-fourth session, test-47 w02. Guard: only these
 * words in the brackets, and "Ltd" or "Limited" right after them.
 */
const LEGAL_FORM_BRACKETS_RE = /(?<=\p{Lu}[\p{L}'\u2019-]*\s)\((Pty|Pvt|Private|Proprietary)\)(?=\s+(?:Ltd|Limited)\b)/gu;

/** `subject` with such brackets made spaces (the same length, so offsets hold). */
export function withNameBracketsOpened(subject: string): string {
  return subject.replace(INNER_NAME_BRACKETS_RE, (_m, words: string) => ` ${words} `)
    .replace(LEGAL_FORM_BRACKETS_RE, (_m, words: string) => ` ${words} `);
}
