// "Name says his side are relishing …. ¶ Speaking on Thursday, the manager said …" and, further down, "Rovers boss Name
// said": a post the text gives someone only after "the manager" was written does not reach back to it once someone has
// spoken; the reader takes "the manager" to be who spoke before (the lead's subject), not a holder not yet met. (A lead that
// opens with "the minister said" and names the minister below, with no one speaking before, still goes to that holder;
// so does a post with its holder's name in apposition, "According to the borough's engineer, Name Name, …".)
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** Whether `name` (a full name) or its last word is printed in `text` before `at`, or later in the same sentence. */
export function printedBefore(text: string, name: string, at: number): boolean {
  const surname = name.split(' ').at(-1)!;
  const full = text.indexOf(name);
  const short = surname.length >= 3 ? text.indexOf(surname) : -1;
  let first = full < 0 ? short : short < 0 ? full : Math.min(full, short);
  // (Forty-fourth session, fifteenth Russian speaker probe: «Фельдшеру Name(-е) Surname(-ой) переправа нужна …», then
  // «— рассказала фельдшер»: a Russian surname the text prints only in an oblique case, «Никифоровой» for «Никифорова»,
  // «Винокуровым» for «Винокуров», is printed all the same; the holder had been left out once someone had spoken. Guard:
  // Cyrillic surnames of five letters or more; its stem (less a final «-а» / «-я») then up to three lower-case letters.)
  if (first < 0 && /^[\u0400-\u04FF]{5,}$/u.test(surname)) {
    const stem = surname.replace(/[ая]$/u, '');
    first = new RegExp(`(?<!\\p{L})${escapeRegExp(stem)}\\p{Ll}{0,3}(?!\\p{L})`, 'u').exec(text)?.index ?? -1;
  }
  if (first < 0) return false;
  return first < at || (first - at < 160 && !/[.!?]\s|\n/u.test(text.slice(at, first)));
}

/**
 * The same for a Russian post given by a role word right before the name («Бронзовый призер Дарья Котова»): the one named
 * before `at` only bare («Второй стала Полина Ерёмина, третьей — Дарья Котова»), whose post the text prints only after
 * `at`, is no holder a post word at `at` reaches («…», — сказала Шумилова. Спортсменка призналась, что …»: the winner who
 * just spoke, not the third-placed one called «призер» three paragraphs on). Whether `name` (Cyrillic, two words or more)
 * has a word that `holdsPost` accepts among the four words before its surname (any case: the surname's first letters)
 * somewhere after `at`'s sentence, and nowhere before it or in it. Guard: Cyrillic names only; the words before the surname within its sentence.
 */
export function russianPostOnlyAfter(text: string, name: string, at: number, holdsPost: (word: string) => boolean): boolean {
  const words = name.split(' ');
  if (words.length < 2 || !/^[\u0400-\u04FF-]+$/u.test(words.join(''))) return false;
  const surname = words.at(-1)!;
  const stem = surname.length > 5 ? surname.slice(0, -2) : surname;
  let before = false;
  let after = false;
  const escaped = escapeRegExp(stem);
  for (const m of text.matchAll(new RegExp(`(?<!\\p{L})${escaped}\\p{Ll}{0,4}(?!\\p{L})`, 'gu'))) {
    const sentence = text.slice(Math.max(0, m.index! - 120), m.index!).split(/[.!?\n]\s/u).at(-1)!;
    const posted = sentence.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).slice(-4).some((w) => holdsPost(w.replace(/[^\p{L}-]/gu, '')));
    if (!posted) continue;
    // (The post's own sentence counts as before, as printedBefore has it: «цитирует президента клуба Name пресс-служба».)
    if (m.index! < at || (m.index! - at < 160 && !/[.!?]\s|\n/u.test(text.slice(at, m.index!)))) before = true;
    else after = true;
  }
  return after && !before;
}
