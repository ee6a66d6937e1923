/**
 * «Открывая форум, ректор университета Name отметил, что …», «Выступая на сессии, глава района Name заявил …»: a phrase
 * opening with an adverbial participle (деепричастие) and closed by a comma, set before the subject, is no part of the
 * speaker (it was read as a body «Открывая»). The phrase's length in characters is returned, or 0.
 *
 * Guards: the opening word has a gerund's ending (-я / -[жшчщ]а, -ясь, -в / -вшись after a vowel), but not a name's or a
 * noun's -ия / -ья, nor a surname's -ов / -ев, nor an adjective's feminine -ая / -яя («Городская дума, …», «Старшая
 * медсестра, …», «Новая компания, …»: the stems of adjectives and the endings -ская, -ная, -шая … are left out, at the
 * cost of a few gerunds, «Напоминая»); the phrase is two words or more with no quotation in it; the words after the
 * comma open with a lower-case word for a person or a capitalised name, and hold no second comma before the verb (a
 * participle's aside after an adjective's noun, «Бывшая сотрудница, попросившая …, рассказала», is left as it was).
 */
const GERUND = /^\s*(\p{Lu}\p{Ll}{3,}(?:я|[жшчщ]а|ясь|ась|[аиыу]в|нув|вшись))\s+[^,«»"]{2,100}?,\s+(?=\p{L})/u;
const NOT_GERUND = /(?:ия|ья|няя|[аеёиоуыэюя]я(?<![аяу]я)|(?:ск|цк|ш|ж|к|д|т|р|л|н|б|м|з|с)ая|ов|ев|ясь(?<=[иь]ясь))$/u;
const ADJECTIVE_STEMS = /^(?:Нов|Перв|Втор|Трет|Прав|Лев|Жив|Крив|Друг|Глав|Бывш|Стар|Больш|Молод|Люб|Как|Так|Эт|Сам|Одн|Кажд|Вс|Ин|Сво)/u;

export function gerundOpenerLength(head: string): number {
  const m = GERUND.exec(head);
  if (!m) return 0;
  const word = m[1]!;
  if (NOT_GERUND.test(word.toLowerCase()) || ADJECTIVE_STEMS.test(word)) return 0;
  const rest = head.slice(m[0].length);
  if (rest.includes(',')) return 0;
  if (!/^(?:\p{Ll}+\s|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u.test(rest)) return 0;
  return m[0].length;
}
