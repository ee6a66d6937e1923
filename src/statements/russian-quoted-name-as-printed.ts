// «В «Воде Крыма» уточнили» after «филиала ГУП РК «Вода Крыма»»: a body's «name» declined after «в» has its first word put
// back in the nominative by ending alone, which cannot tell «Воде» of «Вода» from «Газпроме» of «Газпром» and gave «Вод
// Крыма» (thirty-first session, third round). Where the text prints the same «name» elsewhere with that first word one
// letter longer, ending in «а» / «я», the name is that printing.
// Guards: Cyrillic, capitalised first word; the name as read printed nowhere in «» itself; the printing found has the same
// number of words, the same words after the first, and a first word that is the read one and one more letter «а» / «я»;
// and that printing stands where Russian copy keeps a «name» in the nominative, right after a legal form in capitals («ГУП
// РК «…»», «ООО «…»») or a word for a kind of body («компании «…»», «филиала «…»»), so that a genitive «Газпрома» after
// «директор» never turns «В «Газпроме»» into «Газпрома».

const QUOTED = /\u00AB([^\u00AB\u00BB]{2,80})\u00BB/gu;
const NOMINATIVE_BEFORE = /(?:(?:^|\s)\p{Lu}{2,6}|(?:^|\s)(?:компани|предприяти|филиал|организаци|обществ|фонд|учреждени|концерн|холдинг|завод|комбинат|агентств|движени|парти|ассоциаци|союз|фабрик)\p{Ll}{0,3})\s+$/u;

/** The «name» as the text prints it in the nominative, where `read` lost its first word's ending; else null. */
export function quotedNameAsPrinted(text: string, read: string): string | null {
  const words = read.split(' ');
  if (!/^\p{Lu}[\u0400-\u04FF-]+$/u.test(words[0] ?? '')) return null;
  if (text.includes(`\u00AB${read}\u00BB`)) return masculineAsPrinted(text, words);
  for (const m of text.matchAll(QUOTED)) {
    const printed = m[1]!.trim().split(/\s+/u);
    if (!NOMINATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (printed.length === words.length && printed.slice(1).join(' ') === words.slice(1).join(' ')
      && printed[0] !== undefined && printed[0].length === words[0]!.length + 1 && printed[0].startsWith(words[0]!) && /[ая]$/u.test(printed[0])) {
      return printed.join(' ');
    }
  }
  return null;
}

// («В пресс-службе «Луча» сообщили» beside «Следующий матч «Луч» проведет …»: a masculine «name» printed in the genitive,
// «-а» / «-я» on its first word, was kept as read, «Луча», where the text prints its nominative too (thirty-second session's
// second round, dev d1560; dev's convention, d1034: «Сокол» for «В пресс-службе «Сокола»»). Where the read «name» is
// printed in «» itself, a printing one letter shorter («-а» dropped) or with «-я» for «-ь» / «-й», ending in a consonant,
// is the name. Guards: the same words after the first; the shorter printing stands where a «name» is a subject or a
// headword, opening a line or a sentence, after a dash, or before a dash and another «name» («матча «Луч» — «Сибирь»») or
// a verb in the past or present («…» проведет», «…» сыграл»); a feminine «Вода» has no such printing «Вод».
const SUBJECT_BEFORE = /(?:^|\n|[.!?]\s+|\u2014\s+|матча\s+)$/u;
const SUBJECT_AFTER = /^(?:\s+\u2014\s+\u00AB|\s+\p{Ll}+(?:ет|ит|ут|ют|ат|ят|ал|ил|ел|ыл|лся|лась|ла|ли)[\s,.])/u;

function masculineAsPrinted(text: string, words: readonly string[]): string | null {
  const first = words[0]!;
  const stems = first.endsWith('а') ? [first.slice(0, -1)] : first.endsWith('я') ? [`${first.slice(0, -1)}ь`, `${first.slice(0, -1)}й`] : [];
  for (const stem of stems) {
    if (!/[бвгджзйклмнпрстфхцчшщь]$/u.test(stem)) continue;
    const name = [stem, ...words.slice(1)].join(' ');
    const quoted = `\u00AB${name}\u00BB`;
    for (let i = text.indexOf(quoted); i >= 0; i = text.indexOf(quoted, i + 1)) {
      if (SUBJECT_BEFORE.test(text.slice(Math.max(0, i - 20), i)) || SUBJECT_AFTER.test(text.slice(i + quoted.length, i + quoted.length + 30))) return name;
    }
  }
  return null;
}
