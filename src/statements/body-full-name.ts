// "… that mid-tier miner Minera Cerro Morado needs …" then "Cerro Morado said in a filing …": a body the text names in
// full once, right after a lower-case word for its kind, and later by its last words only, is printed by its full name.

import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { BODY_KINDS, BUSINESS_NOUNS } from './speaker-phrase.ts';

/** Full names found so far for the text last read, by short name (each looked up once per text). */
let read: { text: string; full: Map<string, string | null> } | null = null;

/** The body's full name when the text prints one or two capitalised words before `short` right after a kind word; else null. */
export function fullNameAfterKind(text: string, short: string): string | null {
  if (read?.text !== text) read = { text, full: new Map() };
  if (!read.full.has(short)) read.full.set(short, find(text, short));
  return read.full.get(short)!;
}

function find(text: string, short: string): string | null {
  const escaped = escapeRegExp(short);
  const m = new RegExp(`(?<![\\p{L}])(\\p{Ll}[\\p{Ll}-]*)\\s+((?:\\p{Lu}[\\p{L}'\u2019&-]*\\s+){1,2})${escaped}(?![\\p{L}'\u2019-])`, 'u').exec(text);
  if (!m || !(BODY_KINDS.has(m[1]!) || BUSINESS_NOUNS.has(m[1]!))) return null;
  return `${m[2]!.trim().replace(/\s+/gu, ' ')} ${short}`;
}
