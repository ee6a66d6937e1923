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
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

const SENIORITY_RE = /^(\p{Lu}\p{Ll}+)-(старш|младш)(?:ий|ая|его|ей|ему|им|ую|ой)$/u;
const ELDER_KIN = /(?<![\p{L}-])(?:отец|отца|мать|матери|дед|бабушка)(?![\p{L}-])/u;
const YOUNGER_KIN = /(?<![\p{L}-])(?:сын|сына|дочь|дочери|внук|внучка)(?![\p{L}-])/u;
const POSSESSIVE_KIN = /(?<![\p{L}-])(?:его|ее|её)\s+(?:сын|дочь|внук|внучка|отец|мать|дед|бабушка)(?![\p{L}-])/u;
const KIN_ALONE: Record<string, { kin: 'elder' | 'younger'; pronoun: 'he' | 'she' }> = {
  отец: { kin: 'elder', pronoun: 'he' }, мать: { kin: 'elder', pronoun: 'she' },
  сын: { kin: 'younger', pronoun: 'he' }, дочь: { kin: 'younger', pronoun: 'she' },
};

/**
 * «— добавил отец», «— сказала дочь»: a kin word alone, lower case, as the speaker after a quotation: the elder or younger
 * of the two bearers of one surname named just before (russianKinBearer), else a pronoun of the kin's sex, as «он» / «она».
 * (Forty-second session, thirteenth Russian speaker probe: it had been read as no speaker, the quotation going on with the
 * other bearer's words; d2293, d2341, d2344.) Guard: one word, no owner after it («мать одной из девочек», «сын поэта»
 * are read as before).
 */
export function loneKinWord(all: readonly Token[]): SpeakerPhrase | null {
  if (all.length !== 1) return null;
  const kin = Object.hasOwn(KIN_ALONE, all[0]!.text) ? KIN_ALONE[all[0]!.text]! : null;
  return kin ? { kind: 'pronoun', pronoun: kin.pronoun, kin: kin.kin, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all[0]!.end } : null;
}

/**
 * The bearer a lone kin word means: of the surnames printed before `at` with two given names (a man's form for «отец» /
 * «сын», a woman's for «мать» / «дочь»), the one printed last within 1,500 characters, by russianBearerBySeniority; else null.
 */
export function russianKinBearer(text: string, at: number, which: 'elder' | 'younger', pronoun: 'he' | 'she'): string | null {
  const before = text.slice(Math.max(0, at - 1500), at);
  const givens = new Map<string, { names: Set<string>; last: number }>();
  for (const m of before.matchAll(/(?<![\p{L}-])(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}\p{Ll}{2,})(?![\p{L}-]))/gu)) {
    const surname = m[2]!;
    const woman = /(?:ова|ева|ёва|ина|ына|ая)$/u.test(surname);
    if (woman !== (pronoun === 'she')) continue;
    const entry = givens.get(surname) ?? { names: new Set<string>(), last: 0 };
    entry.names.add(m[1]!);
    entry.last = m.index!;
    givens.set(surname, entry);
  }
  const pairs = [...givens].filter(([, e]) => e.names.size >= 2).sort((a, b) => b[1].last - a[1].last);
  return pairs.length > 0 ? russianBearerBySeniority(text, pairs[0]![0], which) : null;
}

/** «Гусев-старший» → the surname and which bearer; else null. */
export function russianSeniorityOf(word: string): { surname: string; which: 'elder' | 'younger' } | null {
  const m = SENIORITY_RE.exec(word);
  return m ? { surname: m[1]!, which: m[2] === 'старш' ? 'elder' : 'younger' } : null;
}

/** The full name of the bearer of `surname` the text marks as the elder (or younger) one, else null. */
export function russianBearerBySeniority(text: string, surname: string, which: 'elder' | 'younger'): string | null {
  const re = new RegExp(`(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(surname)}(?![\\p{L}-])`, 'gu');
  const names = new Map<string, { at: number; elder: boolean; younger: boolean; relative?: boolean }>();
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
    // (Forty-second session: «внук солдата Name Surname и его сын Name Surname»: a kin word after «его» / «ее» is kin to the
    // other bearer, just named, and says which is which for both; «внук солдата» is kin to a third person. Without it,
    // both were marked younger and nothing was decided.)
    if (POSSESSIVE_KIN.test(fromAnd)) entry.relative = true;
    names.set(full, entry);
  }
  if (names.size === 1) {
    const [full, n] = [...names][0]!;
    const kin = kinNamedByGivenNameOnly(text, n.at, surname);
    // (The full name itself may be printed in the instrumental, «С фермером Name(-ом) Дюжих»: put in the nominative too.)
    if (kin) return kin.which === which ? kin.name : `${givenNominative(full.split(' ')[0]!)} ${surname}`;
  }
  if (names.size !== 2) return null;
  const relatives = [...names].filter(([, n]) => n.relative && n.elder !== n.younger);
  if (relatives.length === 1) {
    const [name, n] = relatives[0]!;
    const own = n.elder ? 'elder' : 'younger';
    return own === which ? name : [...names.keys()].find((k) => k !== name)!;
  }
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

/** A kin word in any case, then a capitalised given name with no surname after it: «его сын Нурлан», «с сыном Артемом». */
const KIN_GIVEN_NAME_RE = /(?<![\p{L}-])(сын|сына|сыну|сыном|дочь|дочери|дочерью|внук|внука|внуком|внучка|внучкой|отец|отца|отцом|мать|матерью)\s+(\p{Lu}\p{Ll}{2,})(?![\p{L}-])(?!\s+\p{Lu})/gu;

/**
 * (Forty-third session, fourteenth Russian speaker probe: «Данияр Оспанов и его сын Нурлан …», «Name Дюжих … Хозяйство он
 * ведет вместе с сыном Артемом»: the relative printed by a given name alone after a kin word bears the one full name's
 * surname; «Оспанов-младший» is the son, «Оспанов-старший» the father. Before, with one bearer printed in full, nothing was
 * decided and the word was given as a body.) The relative named so within 300 characters after the full name, exactly
 * one, in the nominative («Артемом» → Артем), and which of the two it is by its kin word. Null otherwise.
 */
function kinNamedByGivenNameOnly(text: string, at: number, surname: string): { name: string; which: 'elder' | 'younger' } | null {
  const after = text.slice(at, at + 300);
  const found = [...after.matchAll(KIN_GIVEN_NAME_RE)].filter((m) => m[2] !== surname);
  if (found.length !== 1) return null;
  const [, kin, given] = found[0]! as unknown as [string, string, string];
  return { name: `${givenNominative(given)} ${surname}`, which: /^(?:сын|доч|внук|внуч)/u.test(kin) ? 'younger' : 'elder' };
}

/** A given name out of the instrumental («Артемом», «Игорем», «Анной», «Натальей»); any other form as printed. */
function givenNominative(given: string): string {
  return given.replace(/([бвгдзклмнпрстфхжшчщц])ом$/u, '$1').replace(/([лр])ем$/u, '$1ь').replace(/ьей$/u, 'ья').replace(/ой$/u, 'а');
}
