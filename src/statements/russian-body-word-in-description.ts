// «Оператор пульта управления Светлана Кулагина», «Лаборант отдела контроля Name Surname»: a body's word in lower case,
// in the genitive, inside the few words that describe a person before their full name, says where they work (a desk, a
// section); it makes the phrase no body's. The description's first word stays no body's own («Пресс-служба управления …»),
// and the name's first word is a listed first name (not «Канал теплоснабжающей компании «Теплосеть Заречного»», a body's
// own name after its kind), or a first name no list knows before a surname's ending (below).

import { givenNameGender } from './given-names.ts';
import type { Token } from './speaker-phrase.ts';

/** Whether `title[k]`, a body's word, is a lower-case genitive after the first word of a description before `name`. */
export function isBodyWordInDescription(title: readonly Token[], k: number, name: readonly Token[], isBodyWord: (t: Token) => boolean): boolean {
  return k >= 1 && !isBodyWord(title[0]!) && /^\p{Ll}+[аяыи]$/u.test(title[k]!.text)
    && (givenNameGender(name[0]?.text ?? '') !== null || unlistedGivenNameAndSurname(name));
}

// («старший научный сотрудник института Айаал Саввинов», «сотрудник музея Азат Ергалиев»: a first name no list knows is
// a name too when the word after it ends as only a Russian surname does, -ов / -ев / -ин / -ын / -ский / -цкий and their
// feminines; thirty-third session, second round, dev d1609. Guards: two words, each one capital then small Cyrillic
// letters; the first no adjective's ending (not «Южный Ростов», «Великого Новгорода»); the surname's ending not the
// genitive plural «-ов» of a body's word, since the word before it must be capitalised and the title's word a genitive.)
function unlistedGivenNameAndSurname(name: readonly Token[]): boolean {
  if (name.length !== 2 || !name.every((t) => /^\p{Lu}[\u0430-\u044F\u0451]+$/u.test(t.text))) return false;
  if (/(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ых|их)$/u.test(name[0]!.text)) return false;
  return /(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая)$/u.test(name[1]!.text);
}
