// «В пресс-службе областной прокуратуры сообщили», «в пресс-службе городской администрации», «в пресс-службе районного
// суда»: a press office, then a body printed only as an adjective and a state body's head word, both in the genitive. The
// body was kept as printed, «пресс-службе областной прокуратуры», so a body named «прокуратура … области» was never
// matched. Dev names the body the press office speaks for, in the nominative (d373 «министерство ЖКХ», d930 «городской
// отдел полиции», d991 «правительство области»). Thirty-sixth session, a seventh probe of Russian speakers (dev d1779).
// The adjective is put in the nominative of the head word's gender: feminine «-ой» → «-ая», «-ей» → «-яя»; neuter «-ого» →
// «-ое», «-его» → «-ее»; masculine «-его» → «-ий», «-ого» → «-ой» for the stems stressed on the ending (городской,
// областной, окружной, краевой), else «-ый» / «-ий» after к, г, х («районный», «Ленинский»).
// Guards: exactly the adjective, lower case, and the head word; the head word's nominative known (the caller's); an
// adjective ending that fits the head word's gender, else null (the body reads as before).

const END_STRESSED = /^(?:городск|областн|окружн|краев|волостн|мирово|морск)$/u;

/** «областная прокуратура» for «областной» and the head's nominative «прокуратура»; null when the endings do not fit. */
export function adjectiveBodyNominative(adjective: string, head: string): string | null {
  if (!/^\p{Ll}{4,}$/u.test(adjective)) return null;
  if (/[ая]$/u.test(head)) {
    const m = /^(\p{Ll}+)(ой|ей)$/u.exec(adjective);
    return m ? `${m[1]}${m[2] === 'ой' ? 'ая' : 'яя'} ${head}` : null;
  }
  if (/[оеё]$/u.test(head)) {
    const m = /^(\p{Ll}+)(ого|его)$/u.exec(adjective);
    return m ? `${m[1]}${m[2] === 'ого' ? 'ое' : 'ее'} ${head}` : null;
  }
  const m = /^(\p{Ll}+)(ого|его)$/u.exec(adjective);
  if (!m) return null;
  const stem = m[1]!;
  if (m[2] === 'его') return `${stem}ий ${head}`;
  if (END_STRESSED.test(stem)) return `${stem}ой ${head}`;
  return `${stem}${/[кгх]$/u.test(stem) ? 'ий' : 'ый'} ${head}`;
}
