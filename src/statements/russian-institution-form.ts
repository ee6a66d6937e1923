// A Russian public institution's or enterprise's legal form by its letters ("ГОКУ", "ФКУ", "МБУ", "ГБУЗ", "МУП"): letters
// for who runs it (Ф-, Г-, О-, К-, М-: federal, state, regional, territorial, municipal) and how it is funded, ending in
// -У (учреждение), -УЗ, -ОУ (a clinic, a school) or -УП (унитарное предприятие). Before the institution's own name
// («ГОКУ «Мурманскавтодор»») it is no body of its own: the name is what speaks.

const INSTITUTION_FORM_RE = /^[ФГОКМ]\p{Lu}{0,4}(?:У|УЗ|УП)$/u;

/** Whether `word` is a public institution's or a unitary enterprise's legal form ("ГОКУ", "МБОУ", "ФГУП"). */
export function isInstitutionForm(word: string): boolean {
  return INSTITUTION_FORM_RE.test(word);
}
