// "Hoʻokena Land & Water Co., which operates the diversions, said …", "Maple Implement Co. said": capitalised words
// closed by an abbreviated legal form with its full stop ("Co.", "Cos.") are a business's name, not a person's, and the
// name is the one printed, its ampersand and full stop kept (the tokens drop both).

/** Abbreviated legal forms, as printed before their full stop. */
const ABBREVIATED_FORMS = ['Co', 'Cos', 'Bhd', 'Pty', 'Pte'];
/**
 * Every legal form a business's name may end in, the abbreviated ones among them, as a regular expression's
 * alternatives (a full stop after an abbreviation is the caller's to allow); body-name-cut-short.ts reads the same list.
 */
/**
 * The legal forms printed in their own capitals ("Minera Andina SA", "Nordvik Energy ASA", "Halvorsen AG"), a full stop after
 * an abbreviation the caller's to allow. (Thirty-fourth session: the Dutch "B.V." / "BV", the Finnish "Oy", the Norwegian and
 * Baltic "AS", the Danish "A/S" and "ApS", the German "KG", the Lithuanian "UAB", the Latvian "SIA", the Estonian "OÜ" and
 * the Italian "Srl"; the second round folded speaker-phrase.ts's copy of this list, which alone held them, into this one.)
 */
const FORMS_IN_CAPITALS = ['GmbH', 'AG', 'SA', 'S\\.A', 'ASA', 'NV', 'N\\.V', 'SE', 'AB', 'Oyj', 'SpA', 'LLC', 'LLP',
  'B\\.V', 'BV', 'Oy', 'AS', 'A\\/S', 'ApS', 'KG', 'UAB', 'SIA', 'OÜ', 'Srl', 'S\\.r\\.l'];
export const LEGAL_FORMS = [...ABBREVIATED_FORMS, 'Inc', 'Ltd', 'Limited', 'plc', 'PLC', 'Corp', 'Corporation', ...FORMS_IN_CAPITALS].join('|');
/** A name's last word that is a legal form as printed, in its capitals, its case kept (no given name "Oy", no word "As"). */
// (A stop after the last letter only where the form has stops inside it, "S.A.", "B.V.", as speaker-phrase.ts's copy read it.)
export const LEGAL_FORM_IN_CAPITALS_RE = new RegExp(`^(?:${FORMS_IN_CAPITALS.map((f) => (f.includes('\\.') ? `${f}\\.?` : f)).join('|')})$`, 'u');
const LEGAL_FORM_AT_END_RE = new RegExp(`\\s(?:${LEGAL_FORMS})\\.?$`, 'u');

/** The business's name as printed from `start`, when the phrase's words end in an abbreviated legal form and its stop. */
export function businessByAbbreviatedForm(text: string, words: readonly string[], start: number, end: number): string | null {
  if (words.length < 2 || !ABBREVIATED_FORMS.includes(words.at(-1)!) || text[end] !== '.') return null;
  const printed = text.slice(start, end + 1);
  // (Two words may be a person's, "said Jessica Co." closing a sentence: three or more, or a partners' ampersand.)
  if (words.length < 3 && !printed.includes('&')) return null;
  // (Only capitalised words and an ampersand between them, so that the slice is the name and nothing else.)
  return /^\p{Lu}[\p{L}\u02BB'\u2019-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\u02BB'\u2019-]*)*\.$/u.test(printed) ? printed : null;
}

/** Whether a body's name ends in a business's legal form ("Hoʻokena Land & Water Co.", "Nordvik Energy ASA"). */
export function endsInLegalForm(name: string): boolean {
  return LEGAL_FORM_AT_END_RE.test(name);
}
