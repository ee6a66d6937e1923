// "A learning support assistant (LSA) at the school, who asked not to be named, said …" then "The LSA said …", "a
// community support officer (PCSO) in the town said …" then "The PCSO said": a post in lower case with its capital
// letters in brackets right after it is one person's post written short — the letters are no name (the rules before read
// "LSA" as a person "Lsa", or lost the clause), and "the LSA" later stands for that post, as "the assistant" would, not a
// body called "LSA". (Thirty-seventh session's tenth probe of unnamed sources in English, d1903; the ninth probe left d1811's
// "The RA said" after "A resident assistant who …", the same post written short without brackets, which this does not
// take: initials-of-a-post.ts reads it, by the plural "RAs" the text prints.)
// Guards: the letters are two to five capitals, each the first letter of one of the post's last words in order (a
// hyphenated word's parts each give one), and the last word is a noun for a person; a capitalised post ("the Permanent
// Secretary … The PS") stays initials-of-a-post.ts's; other capitals in brackets (a party's, a body's) are untouched.

/** The post's words (lower case) that end `words` and whose initials spell `letters`, the last a noun for a person. */
export function spelledBy(words: readonly string[], letters: string, isPersonNoun: (w: string) => boolean): string[] | null {
  const parts: string[] = [];
  for (let i = words.length - 1; i >= 0 && parts.length < letters.length; i--) {
    const w = words[i]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return null;
    parts.unshift(...w.split('-').filter(Boolean));
    if (parts.length === letters.length) {
      if (parts.map((p) => p[0]!.toUpperCase()).join('') !== letters) return null;
      return isPersonNoun(parts.at(-1)!) ? words.slice(i) : null;
    }
  }
  return null;
}

/** "the LSA" after "a learning support assistant (LSA)": the post's last word, read as a title, else null. */
export function postSpelledInBrackets(text: string, letters: string, at: number, isPersonNoun: (w: string) => boolean): string | null {
  const before = text.slice(0, at);
  const m = new RegExp(`((?:[\\p{Ll}-]+\\s+){0,5}[\\p{Ll}-]+)\\s*\\(${letters}\\)`, 'gu');
  let found: string | null = null;
  for (const hit of before.matchAll(m)) {
    const post = spelledBy(hit[1]!.split(/\s+/u), letters, isPersonNoun);
    if (post) found = post.at(-1)!;
  }
  return found;
}
