// «жительница деревни Верхняя Подъемная Нина Григорьевна»: a settlement's word, then its name (one or two capitalised
// words, printed in the nominative after their word, as such names are), then a first name and patronymic. The capitalised
// word right before the first name ends the settlement's name; it is no surname put first («Подъемная Нина Григорьевна»).
// So with a street's word («жительница улицы Гагарина Патимат Магомедовна»): the street is named after someone, in the
// genitive, and that name is where she lives, not her surname.

import { isPatronymic } from './name-forms.ts';

// (A settlement's word in the genitive, the case it takes after the word for whoever lives or works there.)
const SETTLEMENT_GENITIVE_RE = /^(?:деревни|села|поселка|посёлка|хутора|станицы|аула|кишлака|слободы|улицы|проспекта|переулка|бульвара|площади|набережной|микрорайона)$/u;

/**
 * Whether the word at `at` of `words` (the text of a speaker phrase's tokens) ends a settlement's name: a first name and a
 * patronymic follow it, and the word before it is a settlement's word, or a capitalised word after one. (Not before a
 * first name, patronymic and surname, «из деревни Мокрецы Антонина Семеновна Власова», «Уроженка деревни Нина Ивановна
 * Кораблева»: the name is whole there.)
 */
export function endsSettlementName(words: readonly string[], at: number): boolean {
  if (!isPatronymic(words[at + 2] ?? '') || isPatronymic(words[at + 1] ?? '')) return false;
  const before = words[at - 1];
  if (before === undefined) return false;
  if (SETTLEMENT_GENITIVE_RE.test(before)) return true;
  return /^\p{Lu}\p{Ll}/u.test(before) && SETTLEMENT_GENITIVE_RE.test(words[at - 2] ?? '');
}
