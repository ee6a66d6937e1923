// «Такую же операцию перенесла 61-летняя жительница Котельнича Name Surname. Пациентка рассказала, что …», «Овчарку
// привезла в клинику 41-летняя Name Surname. Владелица рассказала, что …», «Вину 52-летний Surname признал частично.
// Подсудимый заявил, что …»: a sentence opening with one word for a person by their own part in the story (the patient, the
// defendant, the owner, the pensioner, the victim) is a second reference to the one person the sentence right before it
// named. The word had been read as an unnamed source. Thirty-eighth session, a ninth probe of Russian speakers (dev d2072,
// d2075; the eighth probe's leftover d1961 «Пациентка»).
// Guards: a closed list of such words, the mention the word alone, opening its sentence, its verb right after it (no aside:
// «Пенсионерка, пришедшая на открытие с внучкой, рассказала» is someone new, dev d1589); no aside that withholds the name
// (RU_UNNAMED_ASIDE_RE); the sentence before names exactly one person, by a full name (a run of capitalised words
// ending in a given name of the lists or a surname whose ending tells a sex) or by a surname alone that the text printed
// before after one given name of the lists; that person of the word's sex. A word for someone else in the scene («Врач»,
// «Адвокат») is no such word and reads as before.

import { givenNameGender } from './given-names.ts';
import { RU_UNNAMED_ASIDE_RE, russianGender } from './russian.ts';

const SITUATION_WORDS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...['Пациент', 'Подсудимый', 'Обвиняемый', 'Осужденный', 'Осуждённый', 'Потерпевший', 'Пострадавший', 'Владелец', 'Хозяин',
    'Пенсионер', 'Истец', 'Ответчик', 'Заявитель', 'Задержанный', 'Погорелец'].map((w) => [w, 'm'] as const),
  ...['Пациентка', 'Подсудимая', 'Обвиняемая', 'Осужденная', 'Осуждённая', 'Потерпевшая', 'Пострадавшая', 'Владелица', 'Хозяйка',
    'Пенсионерка', 'Истица', 'Ответчица', 'Заявительница', 'Задержанная', 'Погорелица'].map((w) => [w, 'f'] as const),
]);

const NAME_RUN_RE = /(?<![\p{L}«])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)+(?![\p{L}»])/gu;

/** The full name of the one person the sentence before `at` names, for a situation word alone at `at`; else null. */
export function situationNounNamedBefore(text: string, mention: string, at: number): string | null {
  const sex = SITUATION_WORDS.get(mention.trim());
  if (!sex) return null;
  // (The verb right after the word: «Пенсионерка, пришедшая на открытие с внучкой, рассказала» is someone new, described.)
  if (!/^[^\S\n]+\p{Ll}/u.test(text.slice(at + mention.trimEnd().length, at + mention.length + 40))) return null;
  const aside = /^[^,.!?\n]{0,80}(,[^\n]*)/u.exec(text.slice(at, at + 240));
  if (aside && RU_UNNAMED_ASIDE_RE.test(aside[1]!)) return null;
  const before = text.slice(0, at);
  if (!/[.!?]\s*$/u.test(before)) return null;
  const end = before.trimEnd().length - 1;
  const stop = before.lastIndexOf('. ', end - 1);
  const start = Math.max(stop < 0 ? 0 : stop + 2, before.lastIndexOf('\n', end - 1) + 1);
  const sentence = before.slice(start, end);
  const names = new Set<string>();
  for (const run of sentence.matchAll(NAME_RUN_RE)) {
    const words = run[0].split(/\s+/u);
    const pair = words.length >= 3 && /(?:вич|вна|чна)$/u.test(words.at(-2)!) ? words.slice(-3) : words.slice(-2);
    if (givenNameGender(pair.join(' ')) === null && russianGender(pair.join(' ')) === null) continue;
    names.add(pair.join(' '));
  }
  // (A surname alone, not the sentence's first word, «Вину 52-летний Пилипенко признал»: the one full name the text printed
  // before with it, after a given name of the lists.)
  if (names.size === 0) {
    for (const word of sentence.matchAll(/(?<=\s)\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?![\p{L}-])/gu)) {
      const full = new Set<string>();
      for (const m of text.slice(0, start).matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${word[0]}(?![\\p{L}-])`, 'gu'))) {
        if (givenNameGender(m[1]!) !== null) full.add(`${m[1]} ${word[0]}`);
      }
      if (full.size === 1) names.add([...full][0]!);
    }
  }
  if (names.size !== 1) return null;
  const name = [...names][0]!;
  return (russianGender(name) ?? givenNameGender(name)) === sex ? name : null;
}
