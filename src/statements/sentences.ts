// Sentence boundaries inside one paragraph. Runs on text whose quotations are
// masked, so a full stop inside a quotation does not end the sentence around it.
import { isAbbreviatedGivenName } from './name-forms.ts';
import { stopInsideQuotedName } from './stop-inside-quoted-name.ts';

export interface SentenceRange {
  start: number;
  end: number;
}

/** Words whose full stop is not a sentence end ("Nov. 29", "Mr. Lavrov", "U.S. officials"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp',
  // Titles before a name in Philippine and Irish copy ("Engr. Jose Macaraeg", "Atty. Ana Cruz", "Cllr. Name").
  'engr', 'atty', 'cllr',
  // An East and West African MP's or minister's "Hon. Name", a police rank's "Supt." / "Insp." / "Det.", a priest's "Rev." / "Fr.".
  'hon', 'supt', 'insp', 'det', 'rev', 'fr',
  // An Anglican archdeacon's "the Ven. Name" and a priest's "the Revd. Name" (thirty-ninth session, test-57 w14: "The
  // Archdeacon of Place, the Ven. Name Name, said …" was cut after "Ven.").
  'ven', 'revd',
]);

/** Currencies' short names written with a full stop before an amount (South Asian, East African copy). */
const CURRENCY_ABBREVIATIONS = new Set(['rs', 'kshs', 'ksh', 'shs', 'ush', 'tk', 'nu']);

// A sentence may open with a quotation mark: on masked text the capital behind it is hidden, so
// any opening mark followed by a word starts a sentence.
// (A straight single mark too, British style: ". 'We are not …,' she said"; its words are masked, so no capital shows.)
const END_RE = /[.!?]+["'\u201D\u2019\u00BB)\]]*\s+(?=["'\u201C\u2018\u00AB\u201E][\p{L}\p{N}]|[([]?[\p{Lu}\p{N}])/gu;
/** Russian copy: dash speech run on after a sentence, ". — Мы …", opens one too (its words are masked, so a dash before any word). */
const RU_END_RE = /[.!?]+["'\u201D\u2019\u00BB)\]]*\s+(?=["'\u201C\u2018\u00AB\u201E][\p{L}\p{N}]|[([]?[\p{Lu}\p{N}]|[\u2014\u2013]\s+[\p{L}\p{N}])/gu;
/** "…on Monday.NATO spokesman": a full stop with no space, between a lower-case word and a capitalised one. */
// (Not a name with the Cyrillic domain, "Дом.РФ".)
const GLUED_RE = /(?<=\p{Ll}{2})\.(?!РФ(?!\p{L}))(?=\p{Lu}[\p{Ll}\p{Lu}]|["\u201C][\p{Lu}x])/gu;

const PRONOUN_ASIDE_AFTER_MARK = /[:;]\s+(?=по\s+(?:его|ее|её|их)\s+(?:словам|мнению|оценке|данным)\s*,)/gu;

export function splitSentences(masked: string, from: number, to: number): SentenceRange[] {
  const out: SentenceRange[] = [];
  const paragraph = masked.slice(from, to);
  let start = 0;
  const ends = [...paragraph.matchAll(/[\u0400-\u04FF]/u.test(paragraph) ? RU_END_RE : END_RE)].map((m) => ({ index: m.index, text: m[0] }));
  for (const m of paragraph.matchAll(GLUED_RE)) ends.push({ index: m.index, text: '.' });
  // («…, что ремонт не закончат: по его словам, труб на складах нет»: a colon or semicolon before «по его словам» opens a
  // second statement of the same speaker, as a full stop would; the clause before it ends there. Guard: the aside's
  // pronoun (его / ее / их) and its comma right after the mark, Russian copy only.)
  if (/[\u0400-\u04FF]/u.test(paragraph)) for (const m of paragraph.matchAll(PRONOUN_ASIDE_AFTER_MARK)) ends.push({ index: m.index, text: m[0] });
  ends.sort((a, b) => a.index - b.index);
  for (const m of ends) {
    const before = paragraph.slice(Math.max(0, m.index - 12), m.index);
    const word = /(?<![\p{N}\p{L}])([\p{L}.]+)$/u.exec(before)?.[1] ?? ''; // ("the 1990s.", "until 6pm." end a sentence)
    // ("84 млн т. Директор …", "в 2025 г. Компания …": a unit's letter after a number ends the sentence; an initial does not.)
    // («живет здесь с 1970-х. Она …», «в 90-х. Потом …»: a case ending after a number and a hyphen is no initial either.)
    const unit = /^\p{Ll}$/u.test(word) && /(?:\p{N}|млн|млрд|тыс\.?)\s+\p{Ll}$|\p{N}-\p{Ll}$/u.test(before);
    // ("shortly before 9 p.m. Flames were …": a clock time ends the sentence unless a day, a month or a time zone follows it,
    // "at 9 p.m. Tuesday", "5 p.m. EST".)
    const clock = /^[ap]\.m$/iu.test(word) && /\p{N}\s*[ap]\.m$/iu.test(before)
      && !/^(?:[([]?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z]{1,2}[SD]?T|GMT|UTC)\b)/u.test(paragraph.slice(m.index + m.text.length));
    // ("even Rs. 1,700 was not enough", "Kshs. 500": a currency's short name before its amount.)
    const currency = CURRENCY_ABBREVIATIONS.has(word.toLowerCase()) && /^\p{N}/u.test(paragraph.slice(m.index + m.text.length));
    // ("… lower than last year's. A senior official …": the s of a possessive, after its apostrophe, is no initial; nor the
    // letter of a contraction, "ropes that looked old but weren't. "On a film set …"", "… than I'd. Then …".)
    const possessive = /^[sdmt]$/iu.test(word) && /\p{L}['\u2019]s$|\p{L}n['\u2019]t$|\p{L}['\u2019][dm]$/u.test(before);
    // ("afraid to say no. "Many of them …"": "No." stands for a number only before one, "No. 10", "room no. 4".)
    const answer = word.toLowerCase() === 'no' && !/^\p{N}/u.test(paragraph.slice(m.index + m.text.length));
    // ("a lawyer and rights activist, Barr. Name Name, posited": Nigerian copy's title of a barrister. Guards: "Barr" after
    // a comma, a bracket or the paragraph's start, before two capitalised words of a name, so the surname ("said Roseanne
    // Barr. The …", "said Barr. He …") still ends its sentence.)
    if (m.text.startsWith('.') && word === 'Barr' && /(?:^|[,(]\s*)Barr$/u.test(before)
      && /^\s*(?!(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|His|Her|Their)\b)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(paragraph.slice(m.index + 1))) continue;
    // («в эфире программы «Вести. Тверь» заявила»: a stop inside a short «name», stop-inside-quoted-name.ts.)
    if (m.text.startsWith('.') && stopInsideQuotedName(paragraph, m.index)) continue;
    if (m.text.startsWith('.') && !unit && !clock && !possessive && !answer
      && (currency || ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(word) || isAbbreviatedGivenName(word))) continue;
    const end = m.index + m.text.trimEnd().length;
    out.push({ start: from + start, end: from + end });
    start = m.index + m.text.length;
  }
  if (start < paragraph.length) out.push({ start: from + start, end: from + paragraph.trimEnd().length });
  return out.filter((s) => s.end > s.start);
}
