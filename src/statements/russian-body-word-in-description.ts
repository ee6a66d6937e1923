// «Оператор пульта управления Светлана Кулагина», «Лаборант отдела контроля Name Surname»: a body's word in lower case,
// in the genitive, inside the few words that describe a person before their full name, says where they work (a desk, a
// section); it makes the phrase no body's. The description's first word stays no body's own («Пресс-служба управления …»),
// and the name's first word is a listed first name (not «Канал теплоснабжающей компании «Теплосеть Заречного»», a body's
// own name after its kind).

import { givenNameGender } from './given-names.ts';
import type { Token } from './speaker-phrase.ts';

/** Whether `title[k]`, a body's word, is a lower-case genitive after the first word of a description before `name`. */
export function isBodyWordInDescription(title: readonly Token[], k: number, name: readonly Token[], isBodyWord: (t: Token) => boolean): boolean {
  return k >= 1 && !isBodyWord(title[0]!) && /^\p{Ll}+[аяыи]$/u.test(title[k]!.text) && givenNameGender(name[0]?.text ?? '') !== null;
}
