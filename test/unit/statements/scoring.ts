// Scores extracted statements against hand annotations (fixtures/statements/*/NNN.json):
// the measures of issue #13. A found statement matches an annotated one of the same kind when
// their spans overlap enough both ways (quotation marks, a trailing full stop or a wrapped line do
// not count against it; a clause cut in half does).
import { readdirSync, readFileSync } from 'node:fs';
import type { Statement, StatementKind } from '../../../src/statements/types.ts';

export interface Annotated {
  kind: StatementKind;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerKind: 'person' | 'organisation' | 'anonymous' | null;
  anonymous: boolean;
}

export interface AnnotatedText {
  id: string;
  outlet: string;
  text: string;
  statements: Annotated[];
}

export function loadPart(dir: string): AnnotatedText[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.txt'.length);
      const text = readFileSync(`${dir}${f}`, 'utf8');
      const { outlet, statements } = JSON.parse(readFileSync(`${dir}${id}.json`, 'utf8')) as {
        outlet: string;
        statements: Annotated[];
      };
      for (const s of statements) {
        if (text.slice(s.start, s.end) !== s.text) throw new Error(`${dir}${id}.json: offsets of "${s.text}" do not slice the text`);
      }
      return { id, outlet, text, statements };
    });
}

/** Share of each span covered by the other, counting letters and digits only. */
export function overlap(text: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const letters = (from: number, to: number) => (to > from ? text.slice(from, to).replace(/[^\p{L}\p{N}]/gu, '').length : 0);
  const common = letters(Math.max(a.start, b.start), Math.min(a.end, b.end));
  const la = letters(a.start, a.end);
  const lb = letters(b.start, b.end);
  return la === 0 || lb === 0 ? 0 : Math.min(common / la, common / lb);
}

export const THRESHOLD: Record<StatementKind, number> = { direct: 0.9, partial: 0.8, indirect: 0.6 };

function bestMatch(text: string, gold: Annotated, found: readonly Statement[]): Statement | null {
  let best: Statement | null = null;
  let bestScore = 0;
  for (const s of found) {
    if (s.kind !== gold.kind) continue;
    const score = overlap(text, gold, s);
    if (score >= THRESHOLD[gold.kind] && score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

const orgKey = (name: string) =>
  new Set(
    name
      .toLowerCase()
      .replace(/['\u2019]s\b/g, '')
      .split(/[^\p{L}]+/u)
      .filter((w) => w && w !== 'the')
      .map((w) => w.slice(0, 5)),
  );

/** Whether `found` names the annotated speaker: the same person, the same body, or an unnamed source. */
export function speakerRight(gold: Annotated, found: Statement): boolean {
  if (gold.anonymous) return found.anonymous;
  if (found.anonymous || gold.speaker === null || found.speaker === null) return gold.speaker === found.speaker && !found.anonymous;
  if (gold.speakerKind === 'organisation') {
    if (found.speakerKind !== 'organisation') return false;
    const a = orgKey(gold.speaker);
    const b = orgKey(found.speaker);
    return [...a].every((w) => b.has(w)) || [...b].every((w) => a.has(w));
  }
  const norm = (s: string) => s.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
  return norm(gold.speaker) === norm(found.speaker) && found.speakerKind !== 'organisation';
}

export interface Counts {
  directGold: number;
  directFound: number;
  directMatched: number;
  directPrecise: number;
  directSpeakerRight: number;
  partialGold: number;
  partialMatched: number;
  indirectGold: number;
  indirectMatched: number;
  anonymousGold: number;
  anonymousFlagged: number;
  /** Of every annotated statement found, how many have the right speaker (all kinds). */
  matchedAll: number;
  speakerRightAll: number;
  misses: string[];
}

export function emptyCounts(): Counts {
  return {
    directGold: 0, directFound: 0, directMatched: 0, directPrecise: 0, directSpeakerRight: 0, partialGold: 0,
    partialMatched: 0, indirectGold: 0, indirectMatched: 0, anonymousGold: 0, anonymousFlagged: 0, matchedAll: 0,
    speakerRightAll: 0, misses: [],
  };
}

export function score(doc: AnnotatedText, found: readonly Statement[], into: Counts = emptyCounts()): Counts {
  const c = into;
  const short = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
  for (const gold of doc.statements) {
    const hit = bestMatch(doc.text, gold, found);
    if (gold.kind === 'direct') c.directGold++;
    if (gold.kind === 'partial') c.partialGold++;
    if (gold.kind === 'indirect') c.indirectGold++;
    if (gold.anonymous) c.anonymousGold++;
    if (!hit) {
      const near = found.find((s) => overlap(doc.text, gold, s) > 0.3);
      const got = near ? ` (got ${near.kind} ${short(near.text)})` : '';
      c.misses.push(`${doc.id}: ${gold.kind} not found: ${short(gold.text)}${got}`);
      continue;
    }
    const right = speakerRight(gold, hit);
    if (gold.kind === 'direct') {
      c.directMatched++;
      if (right) c.directSpeakerRight++;
    }
    if (gold.kind === 'partial') c.partialMatched++;
    if (gold.kind === 'indirect') c.indirectMatched++;
    if (gold.anonymous && hit.anonymous) c.anonymousFlagged++;
    c.matchedAll++;
    if (right) c.speakerRightAll++;
    else {
      const who = hit.anonymous ? 'anonymous' : `${hit.speaker} (${hit.speakerKind ?? 'unknown'})`;
      c.misses.push(`${doc.id}: ${gold.kind} ${short(gold.text)}: speaker ${who}, want ${gold.anonymous ? 'anonymous' : gold.speaker}`);
    }
  }
  for (const s of found.filter((f) => f.kind === 'direct')) {
    c.directFound++;
    if (doc.statements.some((g) => g.kind === 'direct' && overlap(doc.text, g, s) >= THRESHOLD.direct)) c.directPrecise++;
    else c.misses.push(`${doc.id}: direct not annotated: ${short(s.text)}`);
  }
  return c;
}

export interface Figures {
  directFound: number;
  directPrecision: number;
  speakerRight: number;
  partialFound: number;
  reportedFound: number;
  anonymousFlagged: string;
  anonymousAll: boolean;
  speakerRightAllKinds: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function figures(c: Counts): Figures {
  return {
    directFound: ratio(c.directMatched, c.directGold),
    directPrecision: ratio(c.directPrecise, c.directFound),
    speakerRight: ratio(c.directSpeakerRight, c.directGold),
    partialFound: ratio(c.partialMatched, c.partialGold),
    reportedFound: ratio(c.indirectMatched, c.indirectGold),
    anonymousFlagged: `${c.anonymousFlagged} of ${c.anonymousGold}`,
    anonymousAll: c.anonymousFlagged === c.anonymousGold,
    speakerRightAllKinds: ratio(c.speakerRightAll, c.matchedAll),
  };
}

export function formatFigures(title: string, texts: number, c: Counts): string {
  const f = figures(c);
  const p = (x: number) => x.toFixed(2);
  return [
    `${title} (${texts} texts)`,
    `  direct quotes found      ${p(f.directFound)}  (${c.directMatched}/${c.directGold})`,
    `  direct quotes precision  ${p(f.directPrecision)}  (${c.directPrecise}/${c.directFound})`,
    `  speaker right (direct)   ${p(f.speakerRight)}  (${c.directSpeakerRight}/${c.directGold})`,
    `  partial quotes found     ${p(f.partialFound)}  (${c.partialMatched}/${c.partialGold})`,
    `  reported speech found    ${p(f.reportedFound)}  (${c.indirectMatched}/${c.indirectGold})`,
    `  anonymous flagged        ${f.anonymousFlagged}`,
    `  speaker right (all kinds found) ${p(f.speakerRightAllKinds)}  (${c.speakerRightAll}/${c.matchedAll})`,
  ].join('\n');
}

/** Whether a text is Russian copy: most of its letters Cyrillic (parts mix English and Russian texts under any names). */
export function isRussianText(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = text.match(/[\u0400-\u04FF]/gu)?.length ?? 0;
  return cyrillic * 2 > letters;
}

/** One line of a language's share of a part: the figures the README splits by English and Russian. */
export function formatLanguageLine(language: string, texts: number, c: Counts): string {
  const f = figures(c);
  const p = (x: number) => x.toFixed(2);
  return `  ${language} (${texts} texts): direct found ${p(f.directFound)}, speaker right ${p(f.speakerRight)}, partial ${p(f.partialFound)}, reported ${p(f.reportedFound)}, anonymous ${f.anonymousFlagged}`;
}
