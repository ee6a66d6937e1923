// "Mayor Pro Tem Name Name", "President pro tempore Name Name", "Speaker Pro Tempore Name": the Latin "pro tem" /
// "pro tempore" after a post marks who holds it for the time being; it is part of the post, never the first words of the
// name. (Capitalised, "Pro Tem" read as two name words before the given name; thirty-sixth session, second round.)
import type { Token } from './speaker-phrase.ts';

/** How many tokens from `at` are "pro tem" / "pro tempore" before at least one capitalised word (2), else 0. */
export function proTemLength(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== 'pro' || !['tem', 'tempore'].includes(tokens[at + 1]?.lower ?? '')) return 0;
  const next = tokens[at + 2];
  return next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text) ? 2 : 0;
}

/**
 * Whether the word at `at` in `text` is "Tem" / "Tempore" after "Pro": a run of capitalised words read from there
 * ("Mayor Pro Tem Name Name, who …") opens with the post's last word, not the name's first.
 */
export function opensWithTemOfPost(text: string, at: number): boolean {
  return /^tem(?:pore)?\s/iu.test(text.slice(at, at + 9)) && /(?<![\p{L}])pro\s+$/iu.test(text.slice(Math.max(0, at - 6), at));
}
