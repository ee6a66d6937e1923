// The probe matrix (issue #13, thirteenth session): attribution frames of news prose crossed with speakers of many
// shapes and their second mentions (test/unit/statements/probe-matrix/), each case a short paragraph whose expected
// statements the generator derives from the parts it crossed. A case passes when the scorer of the fixture parts
// (scoring.ts) finds every expected statement with its speaker and the extractor reports nothing else.
// PROBE_MATRIX_FAILURES=1 prints each failing case with what went wrong.
import { describe, expect, it } from 'vitest';
import { statementsCommand } from '../../../src/cli/statements-command.ts';
import { buildCases, type ProbeCase } from './probe-matrix/matrix.ts';
import { overlap, score, THRESHOLD } from './scoring.ts';

/** What went wrong in one case: the scorer's misses, then statements found that no expected one matches. */
function problems(c: ProbeCase): string[] {
  const found = statementsCommand(c.doc.text, 'probe.txt');
  const out = [...score(c.doc, found).misses];
  for (const s of found) {
    if (s.kind === 'direct') continue; // the scorer already counts a direct quote nobody expected
    const expected = c.doc.statements.some((g) => g.kind === s.kind && overlap(c.doc.text, g, s) >= THRESHOLD[s.kind]);
    if (!expected) out.push(`${c.id}: ${s.kind} not expected: ${JSON.stringify(s.text)}`);
  }
  return out;
}

function rates(cases: ProbeCase[], failed: Set<string>, by: (c: ProbeCase) => string): string[] {
  const groups = new Map<string, { pass: number; all: number }>();
  for (const c of cases) {
    const g = groups.get(by(c)) ?? { pass: 0, all: 0 };
    g.all++;
    if (!failed.has(c.id)) g.pass++;
    groups.set(by(c), g);
  }
  return [...groups].map(([key, g]) => `    ${(g.pass / g.all).toFixed(2)} (${g.pass}/${g.all})  ${key}`);
}

describe('probe matrix: attribution frames × speakers', () => {
  it('passes at least the share it passed when it was written (0884aae)', () => {
    const cases = buildCases();
    const failed = new Map<string, string[]>();
    for (const c of cases) {
      const p = problems(c);
      if (p.length > 0) failed.set(c.id, p);
    }
    const failedIds = new Set(failed.keys());
    const lines: string[] = [];
    for (const language of ['English', 'Russian'] as const) {
      const mine = cases.filter((c) => c.language === language);
      const pass = mine.filter((c) => !failedIds.has(c.id)).length;
      lines.push(`Probe matrix, ${language}: ${pass}/${mine.length} cases pass (${(pass / mine.length).toFixed(2)})`);
      lines.push('  by frame:', ...rates(mine, failedIds, (c) => c.frame));
      lines.push('  by speaker shape:', ...rates(mine, failedIds, (c) => c.shape));
      lines.push('  by speaker:', ...rates(mine, failedIds, (c) => c.speaker));
      lines.push('  by second mention:', ...rates(mine.filter((c) => c.later), failedIds, (c) => c.later ?? ''));
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    if (process.env.PROBE_MATRIX_FAILURES) {
      for (const c of cases.filter((x) => failed.has(x.id))) {
        process.stdout.write(`${c.id}\n  ${c.doc.text}\n  ${(failed.get(c.id) ?? []).join('\n  ')}\n`);
      }
    }
    // Floors: the cases that passed on the rules of 0884aae, when the matrix was written.
    const passing = (language: string) => cases.filter((c) => c.language === language && !failedIds.has(c.id)).length;
    expect(passing('English')).toBeGreaterThanOrEqual(2978);
    expect(passing('Russian')).toBeGreaterThanOrEqual(549);
  }, 120_000);
});
