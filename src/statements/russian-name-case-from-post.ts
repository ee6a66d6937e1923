// «Вести курс поручили доценту Ядвиге Бите», «вопрос мы задали ветеринарному врачу Тарасу Белоконю», «Участковому
// уполномоченному Святославу Рябинину она передала …»: a full name after a post in the dative is in the dative too, though
// neither word may show it alone: a surname that does not decline («Бите», «Юрченко», «Дюжих»), one in «-ю» («Белоконю»),
// a first name the list does not hold («Ядвиге», «Тарасу»), or a man's dative that reads as a woman's accusative
// («Святославу Рябинину» had become «Святослава Рябинина»). The post's own ending settles the case, and the name is put in
// the nominative by it, so that «— рассказала Бите» and «— ответил ветеринар» name «Ядвига Бите», «Тарас Белоконь»
// (forty-third session, fourteenth Russian speaker probe).
// (Forty-fourth session: the ending tables are russian-dative-name.ts's, shared; before, this file kept its own copies.)
import { byDativeTable, MANS_DATIVE, WOMANS_GIVEN_DATIVE, WOMANS_SURNAME_DATIVE } from './russian-dative-name.ts';
import { givenNameGender } from './given-names.ts';
import { russianRoles } from './vocabulary-ru.ts';

/**
 * Whether `post` is a post word in the dative singular: a masculine noun in «-у» / «-ю» whose stem is a post («доценту»,
 * «врачу», «директору», «хранителю»), or an adjective or participle in «-ому» / «-ему» that names one
 * («уполномоченному», «ветеринарному» before a post). Not «главу», «судью» (an accusative of «-а» / «-я» nouns).
 */
export function isDativePost(post: string): boolean {
  const word = post.toLowerCase();
  if (/\p{L}{3,}(?:ому|ему)$/u.test(word)) return true;
  if (/[бвгдзклмнпрстфхжшчщц]у$/u.test(word)) return russianRoles(word.slice(0, -1)) !== null;
  if (/[лнр]ю$/u.test(word)) return russianRoles(`${word.slice(0, -1)}ь`) !== null;
  return false;
}

/**
 * A first name and surname printed right after a post in the dative, in the nominative; null when the name does not show
 * whose dative it is. A man's: a first name in «-у» after a consonant («Тарасу», «Глебу»), «-ию» / «-ею» («Валерию»,
 * «Андрею»), «-ю» after л or р («Игорю»), with a surname in a man's dative or one that does not decline. A woman's: a
 * first name in «-е» after a consonant or «-ье» / «-ии» / «-ое» («Ядвиге», «Дарье», «Агнии», «Зое»), with a surname in «-ой» or one that
 * does not decline. Guards: a surname in a man's dative («-ову», «-ому», «-у», «-ю») never with a woman's first name, nor
 * one in «-ой» with a man's.
 */
export function nominativeAfterDativePost(post: string, name: readonly string[]): string[] | null {
  if (name.length !== 2 || !isDativePost(post)) return null;
  const [first, surname] = name as [string, string];
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first) || !/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(surname)) return null;
  const mansSurnameDative = /(?:[бвгдзклмнпрстфхжшчщц]у|[лнр]ю|ому|ему)$/u.test(surname);
  const womansSurnameDative = /(?:ой|ей)$/u.test(surname);
  const undeclined = /(?:[оэиеу]|[иы]х)$/u.test(surname) && !mansSurnameDative;
  if (/(?:[бвгдзклмнпрстфхжшчщц]у|[иел]ю|рю)$/u.test(first) && (mansSurnameDative || undeclined) && !womansSurnameDative) {
    return [byDativeTable(first, MANS_DATIVE), byDativeTable(surname, MANS_DATIVE)];
  }
  if (/(?:[бвгдзклмнпрстфхжшчщц]е|ье|ии|[ой]е)$/u.test(first) && (womansSurnameDative || undeclined || /[бвгдзклмнпрстфхжшчщц]$/u.test(surname))
    && !mansSurnameDative) {
    return [byDativeTable(first, WOMANS_GIVEN_DATIVE), byDativeTable(surname, WOMANS_SURNAME_DATIVE)];
  }
  // (Forty-fifth session: «вручил фельдшеру Алсу Мухаметшиной», «медсестре Айгерим Ахметовой»: a woman's first name that
  // does not decline (a vowel other than «-а» / «-я», or a consonant), with her surname in a woman's dative; the surname
  // alone shows the case. Guard: the first name read as a man's dative is no man's name of the list.)
  if (/(?:ов|ев|ёв|ин|ын|[сц]к)ой$/u.test(surname) && /(?:[уюиэо]|[бвгджзклмнпрстфхцчшщ])$/u.test(first)
    && givenNameGender(byDativeTable(first, MANS_DATIVE)) !== 'm' && givenNameGender(first) !== 'm') {
    return [first, byDativeTable(surname, WOMANS_SURNAME_DATIVE)];
  }
  return null;
}
