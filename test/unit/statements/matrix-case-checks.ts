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
