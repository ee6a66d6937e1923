// "The ship was inspected by a surveyor, Dr Name Name, and by Name Name of the insurer. The former said …. The latter said
// …": "the former" / "the latter" alone as a subject is the first / the last of the people the text has just named
// together in one sentence. It had been read as no speaker at all, so the clause was not found (fortieth session, a fifth
// probe of English speaker resolution: d2270, d2272, d2274).
// Guards: the phrase is the two words alone ("the former minister said" is a post, read as before); the pair comes from
// the nearest sentence before it, in this paragraph or the one before, that holds two full names or more (capitalised
// words, two or more each) and no "former" / "latter" of its own; else nothing is changed.
import type { Token } from './speaker-phrase.ts';

/** "the former" / "the latter", the whole phrase, else null. */
export function formerOrLatter(all: readonly Token[]): 'former' | 'latter' | null {
  if (all.length !== 2 || all[0]!.lower !== 'the') return null;
  return all[1]!.lower === 'former' ? 'former' : all[1]!.lower === 'latter' ? 'latter' : null;
}

const FULL_NAME_RE = /(?<![\p{L}'\u2019-])\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:van|von|de|der|den|da|du|le|la)\s+)*\p{Lu}[\p{L}'\u2019-]*)+(?![\p{L}'\u2019])/gu;
/** Words before a name that are no part of it: a courtesy title, or a sentence's opening article or count. */
const NOT_NAME_LEAD = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Captain|Capt|Councillor|Cllr|The|A|An|Two|Both|His|Her|Their|Its)\.?\s+)+/u;

const BODY_WORDS = new Set(['association', 'council', 'club', 'union', 'company', 'ministry', 'department', 'party', 'board',
  'authority', 'trust', 'bank', 'university', 'college', 'school', 'society', 'federation', 'committee', 'agency', 'service',
  'services', 'group', 'league', 'institute', 'foundation', 'office', 'court', 'police', 'coastguard', 'branch', 'fund']);

/** Two capitalised words in a row not opening the sentence: a full name, or a body's name, in a sentence. */
const FULL_NAME_IN_SENTENCE_RE = /(?<!^\s*["\u201c]?)(?<![\p{L}'\u2019-])\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+\p{Lu}\p{Ll}/u;

/** The first or the last full name of the nearest sentence before `at` that names two people or more: its words and place. */
export function namedPairMember(text: string, at: number, which: 'former' | 'latter'): { name: string[]; start: number; end: number } | null {
  // ("The latter said" after "The former said …" and the former's own quotation: up to three paragraphs further back,
  // see below.)
  let paragraphStart = text.lastIndexOf('\n', Math.max(0, text.lastIndexOf('\n', at) - 2));
  if (which === 'latter') for (let n = 0; n < 3 && paragraphStart > 0; n++) paragraphStart = text.lastIndexOf('\n', paragraphStart - 2);
  const scope = text.slice(Math.max(0, paragraphStart), at);
  const offset = Math.max(0, paragraphStart);
  // (Sentences, nearest first; a sentence ends at ". ", "? ", "! " or a line break.)
  const bounds = [...scope.matchAll(/[.!?]["\u201d]?\s+|\n+/gu)].map((m) => m.index! + m[0].length);
  const starts = [0, ...bounds].filter((s) => s < scope.length);
  // ("The latter said" two or three paragraphs after the pair: the sentences between may be the former's, "The former said
  // …" and a quotation of the former's with no full name in it; the pair is then still the one meant. Forty-fourth session,
  // d2441, d2444. Guard: only for "the latter", only once a "the former" sentence has been passed, only across sentences
  // that name nobody in full, and six sentences at most.)
  let pastFormer = false;
  let skipped = 0;
  for (let k = starts.length - 1; k >= 0; k--) {
    const sentence = scope.slice(starts[k]!, k + 1 < starts.length ? starts[k + 1]! : scope.length);
    if (/\b(?:[Tt]he\s+(?:former|latter))\b/u.test(sentence)) {
      if (which === 'latter' && /\b[Tt]he\s+former\b/u.test(sentence)) pastFormer = true;
      continue;
    }
    const names: { name: string[]; start: number; end: number }[] = [];
    for (const m of sentence.matchAll(FULL_NAME_RE)) {
      const lead = NOT_NAME_LEAD.exec(m[0])?.[0] ?? '';
      const words = m[0].slice(lead.length).split(/\s+/u);
      // (A body's name, "Eastern Counties Cricket Association", is no person's.)
      if (words.length < 2 || words.some((w) => /['\u2019]s$/u.test(w) || BODY_WORDS.has(w.toLowerCase()))) continue;
      const start = m.index! + lead.length;
      const from = offset + starts[k]! + start;
      names.push({ name: words, start: from, end: from + m[0].length - lead.length });
    }
    if (names.length >= 2) return which === 'former' ? names[0]! : names.at(-1)!;
    if (pastFormer && names.length === 0 && !FULL_NAME_IN_SENTENCE_RE.test(sentence) && ++skipped <= 6) continue;
    if (k < starts.length - 3) return null;
  }
  return null;
}
