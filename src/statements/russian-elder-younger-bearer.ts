// «Депутат Name Гусев и его сын, фермер Name Гусев, …. «…», — сказал Гусев-старший. «…», — добавил его сын.», «сын
// тренера, нападающий Name Рыжов, …. «…», — сказал Рыжов-младший»: two people of one surname (a father and son, a mother
// and daughter) told apart by «-старший» / «-младший» joined to the surname, as English copy writes "the elder Name".
// Before, «Гусев-старший» was read as one capitalised word, no one the text named, and given as a body.
// The text says which is which by the kin word printed before one full name, in the same sentence: «его сын, фермер Name
// Surname», «сын тренера, 19-летний нападающий Name Surname» (younger); «ее мать, Name Surname», «отец игрока Name Surname»
// (elder). With two bearers and one marked, the other is the other. With none marked, the one printed first is the elder
// (copy names the parent first), only where exactly two bearers are printed.
// (Forty-first session, twelfth Russian speaker probe, d2290 and d2293.)
// Guards: only «-старший», «-старшая», «-младший», «-младшая» (and their oblique forms) joined by a hyphen to one
// capitalised word; only full names the text prints in the nominative (a capitalised given name right before the
// surname); nothing decided with one bearer, or more than two and none marked.

import { escapeRegExp } from '../text/escape-reg-exp.ts';

const SENIORITY_RE = /^(\p{Lu}\p{Ll}+)-(старш|младш)(?:ий|ая|его|ей|ему|им|ую|ой)$/u;
const ELDER_KIN = /(?<![\p{L}-])(?:отец|отца|мать|матери|дед|бабушка)(?![\p{L}-])/u;
const YOUNGER_KIN = /(?<![\p{L}-])(?:сын|сына|дочь|дочери|внук|внучка)(?![\p{L}-])/u;

/** «Гусев-старший» → the surname and which bearer; else null. */
export function russianSeniorityOf(word: string): { surname: string; which: 'elder' | 'younger' } | null {
  const m = SENIORITY_RE.exec(word);
  return m ? { surname: m[1]!, which: m[2] === 'старш' ? 'elder' : 'younger' } : null;
}

/** The full name of the bearer of `surname` the text marks as the elder (or younger) one, else null. */
export function russianBearerBySeniority(text: string, surname: string, which: 'elder' | 'younger'): string | null {
  const re = new RegExp(`(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(surname)}(?![\\p{L}-])`, 'gu');
  const names = new Map<string, { at: number; elder: boolean; younger: boolean }>();
  for (const m of text.matchAll(re)) {
    const given = m[1]!;
    // (A given name, not a capitalised word opening a sentence or a post's capital: a given name of two letters or more
    // that is no preposition; the word before it is no capitalised body's word either.)
    if (/^(?:В|На|С|По|Для|При|После|Перед|Как|Депутат|Глава|Директор|Тренер)$/u.test(given)) continue;
    const full = `${given} ${surname}`;
    const entry = names.get(full) ?? { at: m.index!, elder: false, younger: false };
    // (The kin word before the name in the same clause stretch: from the sentence's start or the last «и» / comma run, at
    // most 60 characters back, no full stop between.)
    const back = text.slice(Math.max(0, m.index! - 60), m.index!);
    const clause = back.slice(Math.max(back.lastIndexOf('.'), back.lastIndexOf('!'), back.lastIndexOf('?'), back.lastIndexOf('\n')) + 1);
    const fromAnd = clause.slice(Math.max(0, clause.lastIndexOf(' и ') + 1));
    if (YOUNGER_KIN.test(fromAnd)) entry.younger = true;
    else if (ELDER_KIN.test(fromAnd)) entry.elder = true;
    names.set(full, entry);
  }
  if (names.size !== 2) return null;
  const marked = (n: { elder: boolean; younger: boolean }) => (n.elder === n.younger ? null : n.elder ? 'elder' : 'younger');
  const all = [...names];
  const fits = all.filter(([, n]) => marked(n) === which);
  if (fits.length === 1) return fits[0]![0];
  if (fits.length > 1) return null;
  const other = all.filter(([, n]) => marked(n) !== null);
  const open = all.filter(([, n]) => marked(n) === null);
  if (other.length === 1 && open.length === 1) return open[0]![0];
  // (None marked: the one printed first is the elder.)
  if (other.length === 0) {
    const byOrder = all.sort((a, b) => a[1].at - b[1].at);
    return (which === 'elder' ? byOrder[0] : byOrder[1])![0];
  }
  return null;
}
