// "…, the state rail infrastructure company PKP Polskie Linie Kolejowe (PKP PLK) said on Monday.": a body's short name of
// two or three words in capitals, in brackets right after its full name, is the name's own short form, no part of the
// name; dropped, the phrase reads as it does with one word in brackets ("… Kolejowe (PLK) said"), which the resolver
// already reads as the full name. Before, the short form's words were read into the name, "Koleje Zarnowe KZ PL", or made
// it too long to be a name at all (forty-second session, test-58 w11). Guard: only capitals (digits and hyphens inside a
// word), two or three words, right after a capitalised word, and nothing after the closing bracket but the verb.
import type { Token } from './speaker-phrase.ts';

const LETTERS_RE = /^\(\s*\p{Lu}[\p{Lu}\p{N}-]+(?:\s+\p{Lu}[\p{Lu}\p{N}-]+){1,2}\s*\)\s*$/u;

/** The tokens before a verb without a closing bracketed short name of two or three capitalised words. */
export function withoutBracketedLetters(masked: string, tokens: readonly Token[]): Token[] {
  for (let k = tokens.length - 2; k >= Math.max(1, tokens.length - 3); k--) {
    const before = tokens[k - 1]!;
    const open = masked.slice(before.end, tokens[k]!.start);
    if (!/^\s*\($/u.test(open) || !/^\p{Lu}/u.test(before.text)) continue;
    const end = tokens.at(-1)!.end;
    const close = /^\s*\)/u.exec(masked.slice(end));
    if (!close) return [...tokens];
    if (LETTERS_RE.test(masked.slice(before.end + open.indexOf('('), end + close[0].length))) return tokens.slice(0, k);
  }
  return [...tokens];
}
