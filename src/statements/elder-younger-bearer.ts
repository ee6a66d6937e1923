// "Her father, Themba Mahlangu, … said" then '"…," the elder Mahlangu said' / "The younger Mahlangu said …": two people of
// one surname (a father and son, a brother and his younger sister) told apart by "the elder" / "the younger". Before,
// "The younger Name" was no speaker phrase at all (its statement was lost) and "the elder Name" went to whichever bearer
// of the surname the directory met first.
// The text says which is which by the relation word printed next to each full name: "Her father, Name", "His son, Name",
// "his younger sister, Name", "Name, Danny's father,". With two bearers and one marked, the other is the other.
// Guards: only "the elder / older / younger" right before one surname; only full names the text prints (a given name
// before the surname); nothing decided when the marks conflict or more than one bearer fits.

import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { HONORIFICS, isPersonNoun, ROLE_NOUNS } from './vocabulary.ts';

const ELDER = '(?:father|mother|dad|mum|mom|grandfather|grandmother|(?:elder|older|big) (?:brother|sister))';
const YOUNGER = '(?:son|daughter|grandson|granddaughter|(?:younger|little|baby) (?:brother|sister))';
const SENIORITY_RE = /^the\s+(elder|older|younger)\s+/iu;

/** "elder" for "the elder Reyes" / "the older Reyes", "younger" for "the younger Reyes"; else null. */
export function seniorityOf(printed: string): 'elder' | 'younger' | null {
  const m = SENIORITY_RE.exec(printed);
  if (!m) return null;
  return m[1]!.toLowerCase() === 'younger' ? 'younger' : 'elder';
}

/** The full name of the bearer of `surname` the text marks as the elder (or younger) one, else null. */
export function bearerBySeniority(text: string, surname: string, which: 'elder' | 'younger'): string | null {
  const escaped = escapeRegExp(surname);
  const names = new Map<string, { elder: boolean; younger: boolean }>();
  const re = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}\\p{Ll}+\\s+){1,2})${escaped}(?![\\p{L}-])`, 'gu');
  for (const m of text.matchAll(re)) {
    // (A courtesy title or honorific before the given name is none of it: "Ratu Josaia Vunibola" is Josaia Vunibola.)
    const words = m[1]!.trim().split(/\s+/u);
    // (Nor a post or a noun for a person printed before it: "Farmer Osei Boateng" is Osei Boateng.)
    while (words.length > 1 && (HONORIFICS.has(words[0]!.toLowerCase()) || ROLE_NOUNS.has(words[0]!.toLowerCase()) || isPersonNoun(words[0]!.toLowerCase()))) words.shift();
    const given = words.join(' ');
    // (Not a title or a sentence's first word, "Mr", "The", nor a post: a given name starts with a capital and is no
    // common word; the relation words below decide anything only for names the text also prints after them.)
    if (/^(?:Mr|Mrs|Ms|Miss|Dr|The|His|Her|Their|Coach|Sophomore|Senior|Junior|Chief|Head|Mayor)\b/u.test(given)) continue;
    const full = `${given} ${surname}`;
    const entry = names.get(full) ?? { elder: false, younger: false };
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    if (new RegExp(`\\b${ELDER},?\\s+$`, 'iu').test(before) || new RegExp(`^,\\s+(?:\\p{Lu}\\p{L}+(?:'s|’s)|his|her|their)\\s+${ELDER}\\b`, 'u').test(after)) entry.elder = true;
    if (new RegExp(`\\b${YOUNGER},?\\s+$`, 'iu').test(before) || new RegExp(`^,\\s+(?:\\p{Lu}\\p{L}+(?:'s|’s)|his|her|their)\\s+${YOUNGER}\\b`, 'u').test(after)) entry.younger = true;
    names.set(full, entry);
  }
  // (A shorter name printed inside a longer one is the same person: "Josaia Vunibola" in "Ratu Josaia Vunibola".)
  const keys = [...names.keys()];
  for (const k of keys) if (keys.some((o) => o !== k && o.endsWith(` ${k}`))) {
    const longer = keys.find((o) => o !== k && o.endsWith(` ${k}`))!;
    const a = names.get(k)!; const b = names.get(longer)!;
    names.set(k, { elder: a.elder || b.elder, younger: a.younger || b.younger });
    names.delete(longer);
  }
  const marked = (n: { elder: boolean; younger: boolean }) => (n.elder === n.younger ? null : n.elder ? 'elder' : 'younger');
  const fits = [...names].filter(([, n]) => marked(n) === which);
  if (fits.length === 1) return fits[0]![0];
  if (fits.length > 1) return null;
  // (Two bearers, one marked as the other kind: this one.)
  const other = [...names].filter(([, n]) => marked(n) !== null);
  const open = [...names].filter(([, n]) => marked(n) === null);
  return names.size === 2 && other.length === 1 && open.length === 1 ? open[0]![0] : null;
}
