// Reads the words that stand for a speaker ("Russia's foreign minister Sergey
// Lavrov", "the Russian diplomat", "he", "a source in Russia's diplomatic
// mission") into a title, a name, a pronoun or an unnamed source. Nothing here
// knows any person: resolving the phrase to someone is the resolver's job.
import {
  ALWAYS_ANONYMOUS, ANONYMOUS_WHEN_INDEFINITE, DEFINITE, INDEFINITE, isNationality, NAME_PARTICLES, PREPOSITIONS,
  PRONOUNS, QUOTE_CUES, ROLE_MODIFIERS, ROLE_NOUNS, ROLE_SYNONYMS, SUBJECT_TRAILERS,
} from './vocabulary.ts';

export interface Token {
  /** As written, without trailing punctuation. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Written with a possessive ending ('s or ’s); `text` keeps it, `base` drops it. */
  possessive: boolean;
  base: string;
}

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*/gu;

/** Words of a stretch of text with offsets (relative to `offset`). Brackets and punctuation between words are dropped. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let raw = m[0];
    // "U.S." keeps its dots; a sentence-final "Lavrov." or a plural possessive "Russians'" does not.
    if (!/^(?:\p{L}\.){2,}$/u.test(raw)) raw = raw.replace(/[.'\u2019-]+$/u, '');
    if (raw.length === 0) continue;
    const possessive = /['\u2019]s$/iu.test(raw);
    const base = possessive ? raw.slice(0, -2) : raw;
    const start = offset + m.index;
    out.push({ text: raw, lower: raw.toLowerCase().replace(/\u2019/g, "'"), start, end: start + raw.length, possessive, base });
  }
  return out;
}

export interface SpeakerPhrase {
  kind: 'pronoun' | 'name' | 'title' | 'anonymous';
  pronoun?: 'he' | 'she';
  /** Name words as written ("Sergey", "Lavrov"); empty for titles. */
  name: string[];
  /** Normalised role words ("foreign", "minister"). */
  roles: string[];
  /** Country or organisation the role belongs to, as a short key ("russi", "nato"). */
  qualifier: string | null;
  start: number;
  end: number;
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

function isAcronym(token: Token): boolean {
  return /^(?:\p{Lu}{2,5}|(?:\p{Lu}\.){2,})$/u.test(token.base);
}

/** A short key for a country or body, equal for "Russia", "Russia's" and "Russian". */
export function qualifierKey(word: string): string {
  return word.toLowerCase().replace(/['\u2019]s$/u, '').replace(/[^\p{L}]/gu, '').slice(0, 5);
}

export function normaliseRole(lower: string): string {
  return ROLE_SYNONYMS[lower] ?? lower;
}

const GENERIC_MODIFIERS = new Set(['new', 'former', 'senior', 'top', 'outgoing', 'incoming', 'acting', 'unnamed', 'anonymous', 'high-ranking']);

/**
 * Parses the words of a speaker phrase. Returns null when the words do not
 * name a person, a role or an unnamed source ("NATO states", "Many at NATO").
 */
export function parseSpeakerPhrase(all: Token[]): SpeakerPhrase | null {
  let tokens = all;
  while (tokens.length > 0 && SUBJECT_TRAILERS.has(tokens[tokens.length - 1]!.lower)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0 || tokens.length > 12) return null;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const span = { start: first.start, end: last.end };
  if (tokens.length === 1) {
    const pronoun = PRONOUNS[first.lower];
    if (pronoun) return { kind: 'pronoun', pronoun, name: [], roles: [], qualifier: null, ...span };
  }
  let i = 0;
  let determiner: 'definite' | 'indefinite' | null = null;
  if (DEFINITE.has(first.lower)) determiner = 'definite';
  else if (INDEFINITE.has(first.lower)) determiner = 'indefinite';
  if (determiner) i = 1;

  // Upper-case copy ("RUSSIAN FOREIGN MINISTER SERGEI LAVROV") cannot tell acronyms from names.
  const allCaps = tokens.every((t) => !/\p{Ll}/u.test(t.text));
  const roles: string[] = [];
  const name: string[] = [];
  let qualifier: string | null = null;
  let anonymousHead: string | null = null;
  let phase: 'title' | 'name' = 'title';
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (phase === 'title') {
      if (PREPOSITIONS.has(t.text)) break; // "the Russian envoy to NATO": the rest only places the role
      if (t.possessive) { qualifier = qualifierKey(t.base); continue; }
      if (isNationality(t.lower) && isCapitalised(t)) { qualifier = qualifierKey(t.lower); continue; }
      if (ALWAYS_ANONYMOUS.has(t.lower) || ANONYMOUS_WHEN_INDEFINITE.has(t.lower)) {
        anonymousHead = t.lower;
        if (ANONYMOUS_WHEN_INDEFINITE.has(t.lower) && !t.lower.endsWith('s')) roles.push(normaliseRole(t.lower));
        continue;
      }
      if (ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower)) {
        if (!GENERIC_MODIFIERS.has(t.lower)) roles.push(normaliseRole(t.lower));
        continue;
      }
      if (!allCaps && isAcronym(t)) { qualifier = qualifierKey(t.base); continue; }
      if (isCapitalised(t) && !QUOTE_CUES.has(t.lower)) { phase = 'name'; name.push(t.base); continue; }
      return null;
    }
    if (PREPOSITIONS.has(t.text) && !NAME_PARTICLES.has(t.text)) break;
    const next = tokens[i + 1];
    if (QUOTE_CUES.has(t.lower)) return null; // "LAVROV SAYING" in upper-case copy
    if (isCapitalised(t) || (NAME_PARTICLES.has(t.text) && next && isCapitalised(next))) {
      name.push(t.base);
      if (t.possessive) break;
      continue;
    }
    return null;
  }
  if (name.length > 0) return { kind: 'name', name, roles, qualifier, ...span };
  if (anonymousHead) {
    const unnamed = ALWAYS_ANONYMOUS.has(anonymousHead) || determiner === 'indefinite' || anonymousHead.endsWith('s');
    if (unnamed) return { kind: 'anonymous', name: [], roles, qualifier, ...span };
  }
  if (roles.some((r) => ROLE_NOUNS.has(r))) {
    return { kind: 'title', name: [], roles, qualifier, ...span };
  }
  return null;
}
