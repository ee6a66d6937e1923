// The long-range matrix (issue #13, fifteenth session): whole short articles (test/unit/statements/long-range-matrix/)
// crossed with speakers, the later mentions an article uses for them paragraphs on, and second speakers; each case's
// expected statements derived from the parts it crossed. A case passes when the scorer of the fixture parts
// (scoring.ts) finds every expected statement with its speaker and the extractor reports nothing else.
// LONG_RANGE_FAILURES=1 prints each failing case with what went wrong.
import { describe, expect, it } from 'vitest';
import { KNOWN_FAILURES } from './long-range-matrix/known-failures.ts';
import { buildLongCases } from './long-range-matrix/matrix.ts';
import { failingCases, knownFailureDrift, languageRates } from './matrix-case-checks.ts';

describe('long-range matrix: article frames × speakers × later mentions', () => {
  it('every case passes but the known failures, which still fail', () => {
    const cases = buildLongCases();
    const failed = failingCases(cases, 'long-range.txt');
    const failedIds = new Set(failed.keys());
    const lines: string[] = [];
    for (const language of ['English', 'Russian'] as const) {
      lines.push(...languageRates(`Long-range matrix, ${language}`, cases.filter((c) => c.language === language), failedIds, [
        ['by frame', (c) => c.frame], ['by later mention', (c) => c.later], ['by speaker shape', (c) => c.shape],
      ]));
    }
    if (process.env.LONG_RANGE_FAILURES) {
      for (const c of cases.filter((x) => failed.has(x.id))) {
        process.stdout.write(`${c.id}\n  ${c.doc.text.replace(/\n\n/gu, ' ¶ ')}\n  ${(failed.get(c.id) ?? []).join('\n  ')}\n`);
      }
    }
    // The cases known to fail, each kind with its reason (known-failures.ts); every one of them must still fail, so the
    // list can only shrink (a fixed case is taken off it).
    const knownIds = new Set(KNOWN_FAILURES.flatMap((k) => k.cases));
    const known = (id: string) => knownIds.has(id);
    lines.push('Known failures by kind:', ...KNOWN_FAILURES.map((k) => `    ${k.cases.length}  ${k.kind}: ${k.reason}`));
    process.stdout.write(`${lines.join('\n')}\n`);
    const { unexpected, fixed } = knownFailureDrift(cases, failedIds, known);
    expect(unexpected, 'failing cases not on the list of known failures').toEqual([]);
    expect(fixed, 'cases on the list of known failures that pass now: take them off it').toEqual([]);
    expect(cases.length).toBeGreaterThan(2700);
  }, 600_000);
});
