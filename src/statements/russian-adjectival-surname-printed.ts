// «По словам заместителя министра Name(-ы) Кошевой» … «— сказала Кошевая»: a woman's surname in the genitive in «-евой» /
// «-овой» reads as «Кошева» (of «Кошев»), the common pattern, or as «Кошевая», an adjective's, and the genitive alone cannot
// tell. The text's own nominative can: where it prints the surname in «-ая» elsewhere, the name is that (forty-third
// session, fourteenth Russian speaker probe; it had been «Кошева», and the later «Кошевая» a second person).

/**
 * `name` with its surname put as the text prints it in the nominative in «-ая», when the surname was read out of a
 * genitive «-ой» as «-а» and the text prints «<stem>ая» as a word; else `name` as it is.
 */
export function withAdjectivalSurnamePrinted(text: string, printed: readonly string[], name: readonly string[]): readonly string[] {
  if (name.length !== 2 || printed.length !== 2) return name;
  const [oblique, nominal] = [printed[1]!, name[1]!];
  if (!/^\p{Lu}\p{Ll}+ой$/u.test(oblique) || nominal !== `${oblique.slice(0, -2)}а`) return name;
  const adjectival = `${oblique.slice(0, -2)}ая`;
  return new RegExp(`(?<![\\p{L}-])${adjectival}(?![\\p{L}-])`, 'u').test(text) ? [name[0]!, adjectival] : name;
}
