// «…, сообщили в ОАХК «Барки Точик». Барки Точик также сообщила, что …», «ГК «Северный Дом» … Северный Дом работает …»: a
// name the text prints in guillemets after a company's or a public institution's legal form is a body's, so the same
// capitalised words printed later without the marks, as a sentence's subject, are that body, not a person's first name and
// surname (thirty-first session). Guards: the form is a known legal form (RU_LEGAL_FORM) or an institution's
// (russian-institution-form.ts), right before the «name»; the name two to four capitalised words, no punctuation inside.

import { isInstitutionForm } from './russian-institution-form.ts';
import { RU_BUSINESS_KIND_STEMS, RU_LEGAL_FORM } from './vocabulary-ru.ts';

const FORM_NAME_RE = /(?<![\p{L}-])(\p{Lu}{2,5})\s+\u00AB(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){1,3})\u00BB/gu;

// Thirty-fourth session: a word for a kind of business in any case, perhaps compounded, before the «name» is as good as a
// legal form («Перевозчик «Саха Карго» заявил», «авиаперевозчика «Полярные Крылья»», «Застройщик «Северный Квартал»»):
// the two to four capitalised words are the body's, not a man's first name and surname. Guard: the word right before the
// opening mark, one of these kinds only (no person's trade: «водитель», «фермер»).
// (The kinds: RU_BUSINESS_KIND_STEMS, one list with russian-latin-body-name.ts's; «перевозчик» in a compound too,
// «авиаперевозчика»; the first letter either case, the sentence's capital.)
const KIND_ALTERNATIVES = RU_BUSINESS_KIND_STEMS.map((stem) => `${stem === 'перевозчик' ? '\\p{L}*' : ''}[${stem[0]!.toUpperCase()}${stem[0]}]${stem.slice(1)}`).join('|');
const KIND_NAME_RE = new RegExp(`(?<![\\p{L}-])(?:${KIND_ALTERNATIVES})\\p{Ll}{0,3}\\s+\u00AB(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){1,3})\u00BB`, 'gu');

/** The names (lower case) the text prints in «…» right after a Russian legal or institution form, or a business's kind. */
export function namesAfterLegalForm(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FORM_NAME_RE)) {
    if (RU_LEGAL_FORM.test(m[1]!) || isInstitutionForm(m[1]!)) out.push(m[2]!.toLowerCase());
  }
  for (const m of text.matchAll(KIND_NAME_RE)) out.push(m[1]!.toLowerCase());
  return out;
}
