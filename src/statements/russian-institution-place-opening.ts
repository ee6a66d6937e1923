// «В школе пообещали, что …», «В больнице сообщили, что …»: a school, a hospital, a polyclinic, a library or a gymnasium
// opening the sentence as the place where it was said, then a verb of saying and «, что» (forty-fifth session, dev d2513,
// d2515; the eighteenth probe's d2475 and d1427). Dev holds two readings, by whether the text names the place:
// - the institution named before by its own name, a capitalised adjective before the head («Кевдо-Вершинской средней
//   школы», «Лежневская детская школа искусств») or a number after it («школы № 5»): that body, in the nominative, as
//   «В больнице признают» after «Верхнеполянская районная больница» is (d2471, d1522);
// - none named («доставлены в больницу. В больнице сообщили, что …», d1427; «в районную больницу», d2515): whoever
//   answered there, unnamed, as «В порту говорят» is.
// «школа», «библиотека», «поликлиника» are no body's words (a «Вахтер школы» is a person, not a body's name), so the frame
// had been read as no statement; «больница» is one, and its named reading is left to the body rules, which print it.

const HEADS: readonly [RegExp, string][] = [
  [/^школ(?:а|ы|е|у|ой)$/u, 'школа'], [/^поликлиник(?:а|и|е|у|ой)$/u, 'поликлиника'], [/^библиотек(?:а|и|е|у|ой)$/u, 'библиотека'],
  [/^больниц(?:а|ы|е|у|ей)$/u, 'больница'], [/^гимнази(?:я|и|ю|ей)$/u, 'гимназия'],
];
const OPENING = /^\s*(?:(?:Также|При\s+этом)\s*,?\s+)?([Вв])\s+(школе|поликлинике|библиотеке|больнице|гимназии)\s+(\p{Ll}+)\s*,\s*что\s+/u;

export interface InstitutionPlaceOpening {
  cue: { text: string; start: number };
  place: { start: number; end: number };
  clauseStart: number;
  /** The institution the text named before, in the nominative; null when it names none (an unnamed source). */
  body: string | null;
  /** The head word («школа»), so a caller may leave a named one to rules of its own. */
  head: string;
}

/** The nominative of a feminine adjective in an oblique case («Кевдо-Вершинской» → «Кевдо-Вершинская», «средней» → «средняя»). */
function feminineAdjective(word: string): string {
  if (/(?:ая|яя)$/u.test(word)) return word;
  if (/[жшчщ]ей$/u.test(word)) return `${word.slice(0, -2)}ая`;
  if (/ей$/u.test(word)) return `${word.slice(0, -2)}яя`;
  if (/(?:ой|ую)$/u.test(word)) return `${word.slice(0, -2)}ая`;
  if (/юю$/u.test(word)) return `${word.slice(0, -2)}яя`;
  return word;
}

/** The last institution of `head` that `before` names: capitalised adjectives and the head, or the head and a number. */
function namedInstitution(before: string, head: string): string | null {
  const stem = head.slice(0, -1);
  const adjective = String.raw`[\p{L}-]+(?:ой|ей|ая|яя|ую|юю)`; // after its first letter
  const byAdjective = new RegExp(String.raw`(?<![\p{L}-])(\p{Lu}${adjective}(?:\s+\p{Ll}${adjective}){0,3})\s+(${stem}\p{Ll}{0,3})(?![\p{L}])(\s+(?:искусств|№\s*\d+))?`, 'gu');
  const byNumber = new RegExp(String.raw`(?<![\p{L}-])(${stem}\p{Ll}{0,3})\s+№\s*(\d+)`, 'gu');
  const fits = (word: string) => HEADS.some(([re, h]) => h === head && re.test(word.toLowerCase()));
  const found: { at: number; name: string }[] = [];
  for (const m of before.matchAll(byAdjective)) {
    if (!fits(m[2]!)) continue;
    const adjectives = m[1]!.split(/\s+/u).map(feminineAdjective);
    found.push({ at: m.index!, name: [...adjectives, head, ...(m[3] ? [m[3].trim()] : [])].join(' ') });
  }
  for (const m of before.matchAll(byNumber)) if (fits(m[1]!)) found.push({ at: m.index!, name: `${head} № ${m[2]}` });
  return found.sort((a, b) => a.at - b.at).at(-1)?.name ?? null;
}

/** The frame opening `sentence` (whose text begins at `from` in `text`), or null. `isSpeechVerb` tells a verb of saying. */
export function institutionPlaceOpening(text: string, from: number, sentence: string, isSpeechVerb: (word: string) => boolean): InstitutionPlaceOpening | null {
  const m = OPENING.exec(sentence);
  if (!m || !isSpeechVerb(m[3]!) || !/(?:ли|ют|ят)$/u.test(m[3]!)) return null;
  const head = HEADS.find(([re]) => re.test(m[2]!))![1];
  const before = text.slice(0, from);
  const body = namedInstitution(before, head);
  // (Guards: a hospital the text names is left to the body rules, which print it; and one named by its letters or its
  // «name» only («ЦРБ», «МБОУ СОШ № 3», «больница «…»», «школа имени …») is no unnamed source: left as before.)
  if (head === 'больница' && body !== null) return null;
  if (body === null && new RegExp(String.raw`(?<![\p{L}])(?:[ЦГОРД]\p{Lu}{0,3}Б|СОШ|ООШ|М?[БК]?ОУ|ГБОУ|ГБУЗ|ГУЗ|ОГБУЗ)(?![\p{L}])|${head.slice(0, -1)}\p{Ll}{0,3}\s+(?:имени|им\.|«)`, 'u').test(before)) return null;
  const placeAt = m.index + m[0].indexOf(m[1]!);
  const placeEnd = m.index + m[0].indexOf(m[2]!) + m[2]!.length;
  const cueAt = m.index + m[0].lastIndexOf(m[3]!, m[0].length - 1);
  return { cue: { text: m[3]!, start: cueAt }, place: { start: placeAt, end: placeEnd }, clauseStart: m.index + m[0].length,
    body, head };
}
