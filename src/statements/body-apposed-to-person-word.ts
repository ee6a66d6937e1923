// "The shipping agent, Matson South Pacific Agency, said the ship was late. Customers should collect their goods …, the
// agent said.": a word that may name a person ("agent", "broker", "contractor") put before a body's name in apposition
// says what that body is, and "the <word>" later is that body, not the last person quoted (forty-second session, test-58
// w12: "the agent" had gone to the premier). Guards: "the" and the word alone as the later subject; the apposition "The
// [up to two lower-case words] <word>, <Name>," with the name read as a body's (the caller's check); the last such
// apposition before; the caller keeps a person who holds the word as a post.

/** The body's name printed in apposition after "The … <word>," before `at`, the last one; null if none. */
export function bodyApposedToPersonWord(text: string, at: number, word: string, isBody: (name: string) => boolean): string | null {
  const re = new RegExp(`(?<![\\p{L}])[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}${word}\\s*,\\s*(\\p{Lu}[\\p{L}&'\\u2019-]*(?:\\s+(?:of\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}&'\\u2019-]*){0,5})\\s*,`, 'gu');
  const names = [...text.slice(0, at).matchAll(re)].map((m) => m[1]!).filter(isBody);
  return names.at(-1) ?? null;
}
