// A body a Russian text introduces by what it is, right before its «name» («Общественная организация «Лесной дозор»»,
// «аналитического центра «Агро-Индекс»», «фонд «Открытый берег»»), and later calls by that kind word alone: «В заявлении
// организации говорится», «говорится в обзоре центра». The kind word alone points back to the body so introduced last
// (the Russian counterpart of bodies-introduced-by-kind.ts).

/** Stems of words for a body that a text introduces right before its «name» and then calls by the word alone. */
// (A park or a zoo too: «парка флоры и фауны «Роев ручей»» then «…, уточнили в парке».)
// (A kind of business, introduced so or in an apposition, «Оператор системы маркировки, ЦРПТ, …», then «Как сообщили в
// пресс-службе оператора»: thirty-second session, dev d1477, d1520.)
const BUSINESS_KIND_STEMS = ['оператор', 'перевозчик', 'подрядчик', 'застройщик', 'девелопер', 'поставщик', 'дистрибьютор', 'страховщик'];
const KIND_STEMS = ['организаци', 'центр', 'фонд', 'движени', 'объединени', 'ассоциаци', 'коалици', 'сообществ', 'инициатив', 'союз', 'агентств',
  'парк', 'зоопарк', ...BUSINESS_KIND_STEMS];
const KIND_RE = new RegExp(`^(${KIND_STEMS.join('|')})\\p{Ll}{0,3}$`, 'u');
/**
 * A kind word in any case (capitalised too, opening a sentence), then the body's «name» (up to five words). (In the text
 * with its longer quotations masked, a name of three words or more reads «xxx xxx xxx»: an "x" may open it.)
 * (What the body is for may come between, in the genitive, up to three lower-case words with «и» among them: «парка флоры и
 * фауны «Роев ручей»», «фонда поддержки «…»». Guard: no preposition there, so «организации в рамках проекта «…»» names a
 * project, not the body.)
 */
const INTRODUCED_RE = new RegExp(`(?<!\\p{L})(${KIND_STEMS.map((k) => `[${k[0]!.toUpperCase()}${k[0]}]${k.slice(1)}`).join('|')})\\p{Ll}{0,3}((?:\\s+(?!(?:в|во|на|по|для|при|с|со|от|из|к|о|об|у|за)\\s)\\p{Ll}+){0,3})\\s+\u00AB((?:\\p{Lu}|x)[^\u00AB\u00BB]{1,60})\u00BB`, 'gu');

/**
 * «Оператор системы маркировки, ЦРПТ, …», «Подрядчик, «СеверМост», …»: a kind of business, up to three lower-case words of
 * what it runs (no preposition), then its letters or its «name» set off by commas on both sides: the text says that body is
 * it. Guards: a business's kind word only; the letters two to six capitals, or a «name»; the closing comma right after.
 */
const APPOSED_RE = new RegExp(`(?<!\\p{L})(${BUSINESS_KIND_STEMS.map((k) => `[${k[0]!.toUpperCase()}${k[0]}]${k.slice(1)}`).join('|')})\\p{Ll}{0,3}((?:\\s+(?!(?:в|во|на|по|для|при|с|со|от|из|к|о|об|у|за)\\s)\\p{Ll}+){0,3}),\\s+(?:([A-ZА-ЯЁ]{2,6})|\u00AB((?:\\p{Lu}|x)[^\u00AB\u00BB]{1,60})\u00BB)\\s*,`, 'gu');

/** The stem of a lone lower-case kind word («организации», «центра»), else null. */
function kindStem(word: string): string | null {
  return KIND_RE.exec(word)?.[1] ?? null;
}

let cachedText = '';
let cachedIntroductions: { stem: string; name: string; at: number }[] = [];

/** Every body the text introduces by a kind word and its «name», read once per text. */
function introductions(text: string): { stem: string; name: string; at: number }[] {
  if (text !== cachedText) {
    cachedText = text;
    cachedIntroductions = [...text.matchAll(INTRODUCED_RE)]
      .filter((m) => m[3]!.split(/\s+/u).length <= 5)
      .map((m) => ({ stem: m[1]!.toLowerCase(), name: m[3]!, at: m.index! }))
      .concat([...text.matchAll(APPOSED_RE)].map((m) => ({ stem: m[1]!.toLowerCase(), name: m[3] ?? m[4]!, at: m.index! })))
      .sort((a, b) => a.at - b.at);
  }
  return cachedIntroductions;
}

/** The body the text last introduced before `at` with the same kind word as `word` (a lone lower-case word), else null. */
export function russianBodyIntroducedByKind(text: string, word: string, at: number): string | null {
  const stem = kindStem(word.trim());
  if (stem === null) return null;
  return introductions(text).filter((i) => i.stem === stem && i.at < at).at(-1)?.name ?? null;
}
