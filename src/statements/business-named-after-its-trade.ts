// "Tenants of the Cornish brewer Harbour Ales will pay 9p more …, the brewer has told tenants in a letter": a business the
// text introduced by its trade's word right before its name ("brewer Harbour Ales", "the Welsh retailer Kestrel Stores")
// is what a later "the <that word>" means, though the sentence opens with other capitalised words ("Tenants") and the name
// spoke nowhere yet. The word is a business's and a person's alike, so the name must read as a body on its own words
// ("… Ales", "… Stores", "… Holdings"): "brewer Tom Pascoe" stays a person and is never taken. (Forty-second session,
// test-60 w12.)
import { parseSpeakerPhrase, tokenize } from './speaker-phrase.ts';

const NAME = "\\p{Lu}[\\p{L}'\u2019&-]*";

/** The last name printed right after `word` before `at` that reads as a body by its own words; null if none. */
export function businessNamedAfterItsTrade(text: string, word: string, at: number): string | null {
  const re = new RegExp(`(?<![\\p{L}-])${word}\\s+(${NAME}(?:\\s+${NAME}){0,3})(?!['\u2019]s\\b)`, 'gu');
  let found: string | null = null;
  for (const m of text.slice(0, at).matchAll(re)) {
    const phrase = parseSpeakerPhrase(tokenize(m[1]!));
    if (phrase?.kind === 'organisation' && phrase.body === m[1]) found = m[1]!;
  }
  return found;
}
