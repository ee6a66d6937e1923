// «Среди гостей был выпускник школы 1985 года, подполковник запаса Name Surname. Бывший ученик рассказал, что …»: a
// sentence opening with «Бывший / Бывшая» and one or two lower-case words («Бывший ученик», «Бывшая студентка», «Бывший
// главврач поликлиники») is a second reference to the one person the sentence right before it named; the person was
// introduced by what they were once («выпускник», «до избрания руководил поликлиникой»). The mention had been read as a
// body «Бывший» or as an unnamed pupil. Thirty-seventh session, an eighth probe of Russian speakers (dev d1962, d1965;
// the seventh probe's d1778 «Бывший студент»).
// Guards: the words after «бывший» are lower case and no unnamed source's («Бывший сотрудник завода, попросивший не
// называть его имени» stays unnamed), and no aside after them says the name is withheld («Бывшая кассир кооператива,
// чье имя суд не раскрывает, рассказала» stays unnamed: RU_UNNAMED_ASIDE_RE); the sentence before names exactly one full name (a run of capitalised words ending in a
// given name of the lists or a surname whose ending tells a sex), of the mention's sex where the name tells it; else nothing changes.

import { givenNameGender } from './given-names.ts';
import { RU_UNNAMED_ASIDE_RE, russianGender } from './russian.ts';
import { RU_ANONYMOUS_STEMS } from './vocabulary-ru.ts';

const FORMER_RE = /^(Бывший|Бывшая)(?:\s+(\p{Ll}+)(?:\s+\p{Ll}+)?)?$/u;

/**
 * The full name the sentence before `at` names alone, for «Бывший <post>» at `at` (the mention may be the adjective alone,
 * «Бывший», its noun following in the text); else null.
 */
export function formerPostNamedBefore(text: string, mention: string, at: number): string | null {
  const m = FORMER_RE.exec(mention.trim());
  if (!m) return null;
  if (!m[2]) {
    const noun = /^\s*(?:Бывший|Бывшая)\s+(\p{Ll}+)/u.exec(text.slice(at));
    if (!noun) return null;
    m[2] = noun[1]!;
  }
  if (RU_ANONYMOUS_STEMS.some((stem) => m[2]!.startsWith(stem))) return null;
  // (An aside between the mention and its verb that withholds the name: the source is unnamed on purpose.)
  const aside = /^[^,.!?\n]{0,80}(,[^\n]*)/u.exec(text.slice(at, at + 240));
  if (aside && RU_UNNAMED_ASIDE_RE.test(aside[1]!)) return null;
  // The mention opens its sentence; the sentence before ends at the last «.», «!» or «?» before it.
  const before = text.slice(0, at);
  if (!/[.!?»]\s*$/u.test(before)) return null;
  const end = before.trimEnd().length - 1;
  const start = Math.max(before.lastIndexOf('. ', end - 1), before.lastIndexOf('\n', end - 1)) + 1;
  const sentence = before.slice(start, end);
  const names: string[] = [];
  for (const run of sentence.matchAll(/(?<![\p{L}«])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)+(?![\p{L}»])/gu)) {
    const words = run[0].split(/\s+/u);
    // («Андрей Николаевич Луценко»: a patronymic before the surname, the three words.)
    const pair = words.length >= 3 && /(?:вич|вна|чна)$/u.test(words.at(-2)!) ? words.slice(-3) : words.slice(-2);
    // (A given name of the lists, or a surname whose ending tells a sex, «Галиев», «Кравцова».)
    if (givenNameGender(pair.join(' ')) === null && russianGender(pair.join(' ')) === null) continue;
    names.push(pair.join(' '));
  }
  if (names.length !== 1) return null;
  const sex = m[1] === 'Бывшая' ? 'f' : 'm';
  return (russianGender(names[0]!) ?? givenNameGender(names[0]!)) === sex ? names[0]! : null;
}
