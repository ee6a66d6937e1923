// What the two generated matrices (probe-matrix.test.ts, long-range-matrix.test.ts) ask of each case, and how they
// print their pass rates.
import { statementsCommand } from '../../../src/cli/statements-command.ts';
import { type AnnotatedText, overlap, score, THRESHOLD } from './scoring.ts';

/** A generated case: its id and the text with the statements it expects. */
export interface MatrixCase {
  id: string;
  doc: AnnotatedText;
}

/** What went wrong in one case: the scorer's misses, then statements found that no expected one matches. */
export function caseProblems(c: MatrixCase, fileName: string): string[] {
  const found = statementsCommand(c.doc.text, fileName);
  const out = [...score(c.doc, found).misses];
  for (const s of found) {
    if (s.kind === 'direct') continue; // the scorer already counts a direct quote nobody expected
    const expected = c.doc.statements.some((g) => g.kind === s.kind && overlap(c.doc.text, g, s) >= THRESHOLD[s.kind]);
    if (!expected) out.push(`${c.id}: ${s.kind} not expected: ${JSON.stringify(s.text)}`);
  }
  return out;
}

/** One line per group of cases (`by` names the group): the share and count that pass. */
export function passRates<C extends MatrixCase>(cases: readonly C[], failed: ReadonlySet<string>, by: (c: C) => string): string[] {
  const groups = new Map<string, { pass: number; all: number }>();
  for (const c of cases) {
    const g = groups.get(by(c)) ?? { pass: 0, all: 0 };
    g.all++;
    if (!failed.has(c.id)) g.pass++;
    groups.set(by(c), g);
  }
  return [...groups].map(([key, g]) => `    ${(g.pass / g.all).toFixed(2)} (${g.pass}/${g.all})  ${key}`);
}

/** The cases that fail, each with what went wrong. */
export function failingCases(cases: readonly MatrixCase[], fileName: string): Map<string, string[]> {
  const failed = new Map<string, string[]>();
  for (const c of cases) {
    const p = caseProblems(c, fileName);
    if (p.length > 0) failed.set(c.id, p);
  }
  return failed;
}

/** One language's cases: the share that pass, then the rates by each grouping ("by frame", …). */
export function languageRates<C extends MatrixCase>(title: string, cases: readonly C[], failed: ReadonlySet<string>,
  groupings: readonly (readonly [label: string, by: (c: C) => string, only?: (c: C) => boolean])[]): string[] {
  const pass = cases.filter((c) => !failed.has(c.id)).length;
  const lines = [`${title}: ${pass}/${cases.length} cases pass (${(pass / cases.length).toFixed(2)})`];
  for (const [label, by, only] of groupings) lines.push(`  ${label}:`, ...passRates(only ? cases.filter(only) : cases, failed, by));
  return lines;
}

/**
 * Measured against the list of known failures: failing cases not on it, and cases on it that pass now (the list can
 * only shrink, so a fixed case must be taken off it).
 */
export function knownFailureDrift(cases: readonly MatrixCase[], failed: ReadonlySet<string>, known: (id: string) => boolean): { unexpected: string[]; fixed: string[] } {
  return {
    unexpected: [...failed].filter((id) => !known(id)),
    fixed: cases.filter((c) => known(c.id) && !failed.has(c.id)).map((c) => c.id),
  };
}
