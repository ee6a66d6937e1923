// A chief's or an elder's title printed before the name and then used as a noun after "the": "Kgosi Name Name said …
// 'Q,' the Kgosi said", "Nana Name Name … the Nana told". Such a title ("Kgosi", "Nana", "Kaumātua") is dropped from
// the name as a courtesy title is, so "the Kgosi" alone would be read as a lone unknown word, a body's name; it is the
// person the text last printed with it.
import { HONORIFICS } from './vocabulary.ts';

/** "the Kgosi", "The Nana": the article, then the title alone (`word` as printed). */
const THE_TITLE_RE = /^[Tt]he\s+(\p{Lu}[\p{L}\p{M}-]+)$/u;

/**
 * The words printed right after the last "`word` " before `at` (the name it was given to, two or three capitalised
 * words), when `printed` is "the `word`" and `word` is a courtesy title; else null.
 */
export function holderOfTitleUsedAsNoun(text: string, printed: string, at: number): string | null {
  const m = THE_TITLE_RE.exec(printed);
  if (!m || !HONORIFICS.has(m[1]!.toLowerCase())) return null;
  const before = text.slice(0, at);
  const named = [...before.matchAll(new RegExp(`(?<![\\p{L}])${m[1]}\\s+(\\p{Lu}[\\p{L}'\\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\\u2019-]+){1,2})`, 'gu'))];
  return named.at(-1)?.[1] ?? null;
}
