// "Hoʻokena Land & Water Co., which operates the diversions, said …", "Maple Implement Co. said": capitalised words
// closed by an abbreviated legal form with its full stop ("Co.", "Cos.") are a business's name, not a person's, and the
// name is the one printed, its ampersand and full stop kept (the tokens drop both).

/** Abbreviated legal forms, as printed before their full stop. */
const ABBREVIATED_FORMS = ['Co', 'Cos', 'Bhd', 'Pty', 'Pte'];
/**
 * Every legal form a business's name may end in, the abbreviated ones among them, as a regular expression's
 * alternatives (a full stop after an abbreviation is the caller's to allow); body-name-cut-short.ts reads the same list.
 */
export const LEGAL_FORMS = [...ABBREVIATED_FORMS, 'Inc', 'Ltd', 'Limited', 'plc', 'PLC', 'Corp', 'Corporation', 'LLC', 'LLP',
  'GmbH', 'AG', 'SA', 'S\\.A', 'ASA', 'NV', 'N\\.V', 'SE', 'AB', 'Oyj', 'SpA'].join('|');
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
