import { givenNameGender } from './given-names.ts';

/**
 * «продлил контракт с нападающим Никитой Сорокиным. Нападающий признался, что …», «беседовали с врачом Анной Соловьевой»:
 * a first name and a surname both in the instrumental (after «с» and a role) are put back in the nominative, so that the
 * role taken up later names «Никита Сорокин», not «Никитой Сорокиным». Null when the name is not that shape.
 *
 * Guards: both words must show the instrumental: a man's surname in -ым / -им after -ов / -ев / -ин / -ын / -ск / -цк
 * with his first name in -ом / -ем / -ой (Иваном, Игорем, Алексеем, Никитой); a woman's surname in -овой / -евой /
 * -иной / -ской with her first name in -ой / -ей (Анной, Марией, Натальей). A man's nominative first name in -ей («Андрей
 * Луговой», «Сергей Толстой») is not a woman's instrumental; a nominative surname in -ой after a nominative first name is
 * left alone.
 */
export function nominativeFromInstrumental(name: readonly string[]): string[] | null {
  if (name.length !== 2) return null;
  const [first, surname] = name as [string, string];
  const man = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын)ым$|^\p{Lu}\p{Ll}+[сц]ким$/u.test(surname);
  if (man && /^\p{Lu}\p{Ll}{2,}(?:ом|ем|ой|ей)$/u.test(first)) {
    const given = first.endsWith('ой') ? `${first.slice(0, -2)}а`
      : first.endsWith('ом') ? first.slice(0, -2)
        : /[ие]ем$/u.test(first) ? `${first.slice(0, -2)}й`
          : /(?<!ф)[лр]ем$/u.test(first) ? `${first.slice(0, -2)}ь`
            : /ьей$|ьёй$/u.test(first) ? `${first.slice(0, -2)}я` : null;
    if (!given || givenNameGender(given) === 'f') return null;
    return [given, surname.replace(/([сц]к)им$/u, '$1ий').replace(/ым$/u, '')];
  }
  const woman = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын)ой$|^\p{Lu}\p{Ll}+[сц]кой$/u.test(surname);
  if (woman && /^\p{Lu}\p{Ll}{2,}(?:ой|ей)$/u.test(first)) {
    if (givenNameGender(first) === 'm') return null;
    const given = first.endsWith('ой') ? `${first.slice(0, -2)}а` : /[иь]ей$/u.test(first) ? `${first.slice(0, -2)}я` : null;
    if (!given || givenNameGender(given) === 'm') return null;
    return [given, surname.replace(/([сц]к)ой$/u, '$1ая').replace(/ой$/u, 'а')];
  }
  return undeclinedSurnameInstrumental(first, surname);
}

/**
 * (Forty-fifth session, sixteenth Russian speaker probe: «поговорил с капитаном траулера Виталием Долгих», «вместе с
 * ветеринаром Игорем Бойко», «с инспектором Анной Тен»: the surname does not decline («-их», «-ых», «-ко», a foreign one in
 * a vowel; a woman's in a consonant too), so only the first name shows the instrumental. It is put back by its own ending;
 * the surname stays. Guards: a man's first name in «-ом» / «-ем» (or «-ой» when the list knows it for a man's), put back to
 * a name the list does not hold for a woman; a woman's in «-ой» / «-ьей» / «-ией», put back to one the list holds for a
 * woman («Сергей», «Андрей» in the nominative are no woman's «-ей»). A surname that could be a man's or a woman's
 * dative or genitive («Петрову», «Зуевой») is never taken here.)
 */
function undeclinedSurnameInstrumental(first: string, surname: string): string[] | null {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first) || !/^\p{Lu}\p{Ll}+$/u.test(surname)) return null;
  const vowelOrIkh = /(?:[иы]х|[оеиуэю])$/u.test(surname) && !/(?:ов|ев|ёв|ин|ын|ом|ем)у$/u.test(surname);
  const consonant = /[бвгджзклмнпрстфхцчшщ]$/u.test(surname) && !/(?:ов|ев|ёв|ин|ын)$/u.test(surname);
  const woman = /ой$/u.test(first) ? `${first.slice(0, -2)}а` : /[иь]ей$/u.test(first) ? `${first.slice(0, -2)}я` : null;
  if (woman && (vowelOrIkh || consonant) && givenNameGender(woman) === 'f') return [woman, surname];
  if (!vowelOrIkh) return null;
  const man = /[бвгдзклмнпрстфхжшчщц]ом$/u.test(first) ? first.slice(0, -2)
    : /[ие]ем$/u.test(first) ? `${first.slice(0, -2)}й`
      : /[лр]ем$/u.test(first) ? `${first.slice(0, -2)}ь`
        : woman && givenNameGender(woman) === 'm' ? woman : null;
  if (!man || man.length < 3 || givenNameGender(man) === 'f') return null;
  return [man, surname];
}
