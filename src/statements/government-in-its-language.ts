// "…, the Junta de Andalucia has confirmed. ¶ The regional government said …": an English text calls a government by its
// own name in its own language ("Junta de Andalucía", "Xunta de Galicia", "Generalitat de Catalunya", "Gobierno de
// Canarias", "Govern balear", "Landesregierung …"), then by the English word; no word of the name says "government", so
// "the regional government" was left a description of no body. (Forty-second session, test-60 w06.)
// Guards: the English head "government" with no body named that ends in it; the body's first word one of these words
// for a government, capitalised; the last such body that spoke before.

/** First words of a government's own name in Spanish, Galician, Catalan, Portuguese, Italian, French and German. */
const GOVERNMENT_WORDS = new Set(['junta', 'xunta', 'generalitat', 'govern', 'gobierno', 'governo', 'gouvernement', 'regierung', 'landesregierung']);

/** The last of `bodies` (in the order they spoke) named by a government's own word in its language; null if none. */
export function governmentNamedInItsLanguage(bodies: readonly string[]): string | null {
  return [...bodies].reverse().find((b) => /^\p{Lu}/u.test(b) && GOVERNMENT_WORDS.has(b.split(/\s+/u)[0]!.toLowerCase())) ?? null;
}
