// "Médecins d'Urgence Internationale (MUI)", "Agence d'Études Rurales (AER)": a French or Italian name's word after an
// elided article or preposition ("d'", "l'", "dell'") gives its capital to the acronym, as the word alone would.

const ELIDED_RE = /^(?:d|l|dell|dall|nell|all|sull|qu)['\u2019](?=\p{Lu})/u;

/** The word without an elided lower-case article before its capital ("d'Urgence" → "Urgence"); other words as they are. */
export function withoutElidedArticle(word: string): string {
  return word.replace(ELIDED_RE, '');
}
