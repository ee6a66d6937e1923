// Named entities from capitalised word sequences: no tagger, so the rules are
// about English news typography. A sequence may run across "of", "for", "de"
// and hyphens; role words and demonyms split it ("Russian President Dmitry
// Medvedev" → Russia + Dmitry Medvedev); a sentence-initial common word is not
// a name; long ALL-CAPS runs are shot-list captions, not names. The alias
// table folds variants (NRC / Russia-NATO Council) to one key, and people are
// keyed by surname so "Sergei Lavrov", "Sergey Lavrov" and "Lavrov" meet.
import { type Word, words } from '../text/normalize.ts';
import { canonicalEntity, demonymCountry, type EntityKind, isKnownPlace, PLACE_PREFIXES, ROLE_WORDS } from './entity-aliases.ts';
import { STOPWORDS } from './text-units.ts';

export interface EntityMention {
  /** Comparison key: `person:lavrov`, `nato-russia council`, `kosovo`. */
  key: string;
  /** Display name, as canonical as known. */
  name: string;
  kind: EntityKind;
  start: number;
  end: number;
}

/** Prefixes after which a hyphenated name keeps its capital ("post-Cold War"). */
const WORD_PREFIXES = new Set(['post', 'pre', 'anti', 'pro', 'non', 'ex', 'mid', 'neo', 'pan']);
const CONNECTORS = new Set(['of', 'for', 'de', 'van', 'von', 'der', 'al', 'bin', 'da', 'du', 'la', 'le']);
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Last words that make a sequence an organisation, document or event rather than a person. */
const NON_PERSON_HEADS = new Set([
  'council', 'treaty', 'organization', 'organisation', 'union', 'nations', 'declaration', 'forces', 'war', 'republic',
  'summit', 'agency', 'ministry', 'party', 'program', 'programme', 'partnership', 'security', 'assembly', 'act', 'alliance',
  'committee', 'commission', 'parliament', 'court', 'bank', 'fund', 'office', 'department', 'government', 'army', 'navy',
  'news', 'times', 'post', 'agreement', 'charter', 'conference', 'initiative', 'group', 'region', 'sea', 'ocean', 'europe',
  'missile', 'missiles', 'defense', 'defence', 'system', 'service', 'institute', 'university', 'centre', 'center', 'pact',
  'atlantic', 'pacific', 'asia', 'africa', 'america', 'street', 'square', 'palace', 'house', 'kremlin',
]);

function isCap(w: Word, text: string): boolean {
  return /^\p{Lu}/u.test(text.slice(w.start, w.end));
}

function isAllCaps(w: Word, text: string): boolean {
  const s = text.slice(w.start, w.end);
  return /^[\p{Lu}\d'’]+$/u.test(s) && /\p{Lu}{2}/u.test(s);
}

function atSentenceStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(^|[.!?:]["'”’)]?\s+|["“‘(]|\n\s*)$/.test(before);
}

function stripPossessive(text: string, w: Word): Word {
  const s = text.slice(w.start, w.end);
  const m = s.match(/['’]s$/);
  return m ? { ...w, end: w.end - 2, norm: w.norm.replace(/['’]s$/, '') } : w;
}

/** Runs of capitalised words joined only by spaces, hyphens or connectors. */
function capitalisedRuns(text: string, all: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.norm)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!;
    const prev = all[i - 1];
    const gap = prev ? text.slice(prev.end, w.start) : '';
    const joined = run.length > 0 && /^(\s|[-\u2010-\u2015])$/.test(gap);
    // A capital after a hyphenated lower-case word belongs to that compound ("trans-Atlantic").
    const inLowerCompound = prev && /^[-\u2010-\u2015]$/.test(gap) && !isCap(prev, text) && !WORD_PREFIXES.has(prev.norm);
    if (isCap(w, text) && !inLowerCompound) {
      if (!joined) close();
      run.push(w);
      if (/['’]s$/.test(text.slice(w.start, w.end))) close();
    } else if (joined && CONNECTORS.has(w.norm) && all[i + 1] && isCap(all[i + 1]!, text) && /^\s$/.test(text.slice(w.end, all[i + 1]!.start))) {
      run.push(w);
    } else {
      close();
    }
  }
  close();
  return runs;
}

function mention(text: string, run: Word[], kind: EntityKind, name?: string): EntityMention {
  const first = run[0]!;
  const last = stripPossessive(text, run[run.length - 1]!);
  const surface = text.slice(first.start, last.end).replace(/\s+/g, ' ');
  return { key: (name ?? surface).toLowerCase(), name: name ?? surface, kind, start: first.start, end: last.end };
}

/** Splits a run at role words and demonyms and classifies the pieces. */
function resolveRun(text: string, run: Word[], lowerSeen: Set<string>): EntityMention[] {
  // Shot-list captions in capitals ("RUSSIAN FOREIGN MINISTER SERGEI LAVROV SAYING") are not names.
  if (run.length >= 3 && run.every((w) => isAllCaps(w, text))) return [];
  let words = run.map((w) => stripPossessive(text, w));
  // A sentence-initial common word ("Relations", "However") is not part of a name.
  while (words.length > 0 && atSentenceStart(text, words[0]!.start) && (STOPWORDS.has(words[0]!.norm) || lowerSeen.has(words[0]!.norm))) {
    words = words.slice(1);
  }
  if (words.length === 0) return [];
  const whole = canonicalEntity(text.slice(words[0]!.start, words[words.length - 1]!.end));
  if (whole) return [mention(text, words, whole.kind, whole.name)];

  const out: EntityMention[] = [];
  let piece: Word[] = [];
  let afterRole = false;
  const flush = () => {
    if (piece.length > 0) out.push(...classify(text, piece, afterRole));
    piece = [];
  };
  const mixedCase = words.some((w) => !isAllCaps(w, text));
  for (const w of words) {
    const country = demonymCountry(w.norm);
    if (CALENDAR.has(w.norm)) {
      flush();
    } else if (mixedCase && words.length > 1 && isAllCaps(w, text) && canonicalEntity(w.norm)) {
      // An acronym glued to a name by a missing stop ("said Lavrov NATO froze") is its own entity.
      flush();
      out.push(...classify(text, [w], false));
    } else if (ROLE_WORDS.has(w.norm)) {
      flush();
      afterRole = true;
    } else if (country && !canonicalEntity(w.norm)) {
      flush();
      out.push({ key: country.toLowerCase(), name: country, kind: 'place', start: w.start, end: w.end });
    } else {
      piece.push(w);
    }
  }
  flush();
  return out;
}

function classify(text: string, piece: Word[], afterRole: boolean): EntityMention[] {
  const surface = text.slice(piece[0]!.start, piece[piece.length - 1]!.end);
  const known = canonicalEntity(surface);
  if (known) return [mention(text, piece, known.kind, known.name)];
  if (piece.length === 1 && (CALENDAR.has(piece[0]!.norm) || STOPWORDS.has(piece[0]!.norm) || PLACE_PREFIXES.has(piece[0]!.norm) || piece[0]!.norm.length < 2)) return [];
  // Hyphenated names made of known parts ("NATO-Russia", "Russia-Georgia") are those parts.
  if (/[-\u2010-\u2015]/.test(surface)) {
    const parts = surface.split(/[-\u2010-\u2015]/);
    if (parts.some((p) => canonicalEntity(p) || demonymCountry(p))) {
      let offset = piece[0]!.start;
      return parts.flatMap((p) => {
        const start = text.indexOf(p, offset);
        offset = start + p.length;
        const k = canonicalEntity(p);
        const country = demonymCountry(p);
        const name = k?.name ?? country ?? p;
        return [{ key: name.toLowerCase(), name, kind: k?.kind ?? (country ? 'place' : 'other'), start, end: start + p.length } as EntityMention];
      });
    }
  }
  const last = piece[piece.length - 1]!;
  if (isKnownPlace(surface) || PLACE_PREFIXES.has(piece[0]!.norm) || /[-\u2010-\u2015]/.test(surface)) {
    return [mention(text, piece, isKnownPlace(surface) ? 'place' : 'other')];
  }
  const looksPerson = (piece.length >= 2 && piece.length <= 4 && !NON_PERSON_HEADS.has(last.norm) && !piece.some((w) => isAllCaps(w, text))) || (afterRole && !NON_PERSON_HEADS.has(last.norm));
  if (looksPerson) return [{ ...mention(text, piece, 'person'), key: `person:${last.norm}` }];
  return [mention(text, piece, 'other')];
}

/**
 * Entity mentions of a text, in order. `surnames` (people known from other
 * articles) lets a bare surname resolve to a person.
 */
export function extractEntities(text: string, surnames: ReadonlySet<string> = new Set()): EntityMention[] {
  const all = words(text);
  const lowerSeen = new Set(all.filter((w) => !isCap(w, text)).map((w) => w.norm));
  const runs = capitalisedRuns(text, all);
  // Capitalised words seen somewhere other than a sentence start: evidence that they are names.
  const midSentence = new Set(runs.flat().filter((w) => !atSentenceStart(text, w.start)).map((w) => stripPossessive(text, w).norm));
  const found = runs
    .flatMap((run) => resolveRun(text, run, lowerSeen))
    .filter((e) => {
      if (!atSentenceStart(text, e.start) || e.name.includes(' ') || e.kind !== 'other') return true;
      const norm = e.key;
      return midSentence.has(norm) || surnames.has(norm) || isKnownPlace(norm) || Boolean(canonicalEntity(norm));
    });
  const people = new Set([...surnames, ...found.filter((e) => e.kind === 'person').map((e) => e.key.slice(7))]);
  const fullNames = new Map<string, string>();
  for (const e of found) if (e.kind === 'person' && e.name.includes(' ')) fullNames.set(e.key, e.name);
  return found.map((e) => {
    if (e.kind === 'other' && !e.name.includes(' ') && people.has(e.key)) {
      const key = `person:${e.key}`;
      return { ...e, key, kind: 'person' as const, name: fullNames.get(key) ?? e.name };
    }
    return e;
  });
}
