// Three-word foreign names printed in Cyrillic: a Spanish or Portuguese name with two given names or two surnames
// («Паула Фернандес Руис», «Хорхе Луис Мендоса», «Лаура Васкес Ибарра»). The Russian parser reads a name as the last two
// capitalised words of a phrase (a third only before a patronymic), since a capitalised word before them is as often a
// place's genitive ending a post («министр иностранных дел России Name Surname», «посольства Мексики Name Surname»); so
// such a name was read without its first word (thirty-second session, a third probe of Russian speakers).
//
// The first word is taken as the name's own only on evidence a place's genitive never gives:
// - it is a given name of the languages whose names run to three words (a short list below), or
// - the text prints it in two case forms before the same two words («Паула Фернандес Руис» … «По словам Паулы Фернандес
//   Руис»): a first name declines with the name, a place's genitive before a post stays as it is («России Сергей Лавров»,
//   «России Сергея Лаврова»).
// Guards: only whitespace between the three words; not after a preposition («в Женеве Name Surname»: where, not who); the
// word not a Russian given name (two Russian people are never printed side by side without a mark) nor a word for a post.

import { givenNameGender } from './given-names.ts';

const FOREIGN_GIVEN_NAMES = new Set(`
хосе хуан хорхе луис карлос мигель педро пабло диего хавьер антонио мануэль франсиско рафаэль фернандо альберто рикардо
эдуардо андрес серхио энрике габриэль хесус рамон хулио висенте игнасио альваро гонсало жоао жозе паулу рауль эрнесто
мария ана паула лаура лусия кармен исабель изабель росарио долорес мерседес пилар хуана габриэла даниэла каролина андреа
патрисия алехандра фернанда хосефина соледад беатрис инес мартина луиса марисоль химена эстер
`.split(/\s+/u).filter(Boolean));

const PREPOSITIONS = new Set(['в', 'во', 'на', 'из', 'с', 'со', 'к', 'ко', 'по', 'о', 'об', 'от', 'до', 'у', 'при', 'за', 'под', 'над']);

/** The word without a case ending, for comparing forms («Паулы» and «Паула», «Луиса» and «Луис»). */
function stem(word: string): string {
  return word.replace(/(?:ой|ей|ом|ем|ою|ею|ам|ям)$/u, '').replace(/[аяыиуюео]$/u, '');
}

/** The nominative of the forms printed: the shortest, and of two as short the one in «-а» / «-я» («Паула», not «Паулы»). */
function nominativeForm(forms: readonly string[]): string {
  return [...forms].sort((a, b) => a.length - b.length || Number(/[ая]$/u.test(b)) - Number(/[ая]$/u.test(a)))[0]!;
}

/**
 * «Паула Фернандес Руис» when `name` («Фернандес Руис», in the nominative) is the end of a three-word foreign name the text
 * prints; else null. `isPersonWord` (a post or a word for a person, «Директора», «Пенсионерка») rules out a word before it.
 */
export function compoundForeignName(text: string, name: readonly string[], isPersonWord: (lower: string) => boolean): string | null {
  if (name.length !== 2) return null;
  const [a, b] = name as [string, string];
  // (Guard: a name opened by a Russian given name is a Russian person's, «Пенсионерка Анна Иванова».)
  if (givenNameGender(a) !== null && !FOREIGN_GIVEN_NAMES.has(a.toLowerCase())) return null;
  const stemA = stem(a);
  const stemB = stem(b);
  if (stemA.length < 3 || stemB.length < 3) return null;
  const words = [...text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  const spaced = (k: number) => /^\s+$/u.test(text.slice(words[k]!.end, words[k + 1]!.start));
  const capitalised = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w);
  const forms: string[] = [];
  for (let k = 0; k + 2 < words.length; k++) {
    const [w, x, y] = [words[k]!.text, words[k + 1]!.text, words[k + 2]!.text];
    if (!capitalised(w) || w.length < 3 || !capitalised(x) || !capitalised(y) || !spaced(k) || !spaced(k + 1)) continue;
    if (stem(x) !== stemA || stem(y) !== stemB || !y.startsWith(stemB)) continue;
    if (k > 0 && spaced(k - 1) && PREPOSITIONS.has(words[k - 1]!.text.toLowerCase())) continue;
    forms.push(w);
  }
  if (forms.length === 0) return null;
  const stems = new Set(forms.map(stem));
  if (stems.size !== 1) return null;
  const distinct = [...new Set(forms)];
  const first = nominativeForm(distinct);
  const listed = FOREIGN_GIVEN_NAMES.has(first.toLowerCase());
  if ((!listed && givenNameGender(first) !== null) || distinct.some((f) => isPersonWord(f.toLowerCase()))) return null;
  // (Declined with the name: two forms of one stem, differing in a case ending only.)
  const declined = distinct.length >= 2 && distinct.every((f) => /[аяыиуюео]$|(?:ой|ей|ом|ем)$/u.test(f) || f === stem(f));
  return listed || declined ? `${first} ${a} ${b}` : null;
}
