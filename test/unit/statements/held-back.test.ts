// The issue #13 measures on texts written for this purpose in many outlets' styles: the
// development part (rules were changed while looking at it) and four held-back test parts. The
// first test part was read once its misses were fixed, so it now only guards against going back;
// the second (27 texts, 6 in Russian) was written before the second session touched the rules, but
// its misses were printed once, before the work on the development part; the third (15 texts, 4 in
// Russian) was written after that and its misses were never read; the fourth (23 texts, 6 in
// Russian) was written before the third session changed the rules, and its misses were never read
// either. Each part's floors sit a little under what it reaches (fixtures/statements/README.md has
// the figures); the targets that are not met on the unseen parts (speaker right 0.95, every
// anonymous source flagged on the fourth) are not asserted there, and issue #13 stays open for
// them. STATEMENTS_MISSES=1 prints every miss of the development part.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { statementsCommand } from '../../../src/cli/statements-command.ts';
import { type Counts, emptyCounts, figures, formatFigures, loadPart, score } from './scoring.ts';

const root = fileURLToPath(new URL('../../../fixtures/statements/', import.meta.url));

function run(part: 'dev' | 'test' | 'test-2' | 'test-3' | 'test-4' | 'test-5' | 'test-6'): { texts: number; counts: Counts } {
  const docs = loadPart(`${root}${part}/`);
  const counts = emptyCounts();
  for (const doc of docs) score(doc, statementsCommand(doc.text, `${doc.id}.txt`), counts);
  return { texts: docs.length, counts };
}

describe('statements on texts the rules were not written for', () => {
  it('development part: figures printed (at least 30 texts)', () => {
    const { texts, counts } = run('dev');
    process.stdout.write(`${formatFigures('Statements, development part', texts, counts)}\n`);
    if (process.env.STATEMENTS_MISSES) process.stdout.write(`${counts.misses.join('\n')}\n`);
    expect(texts).toBeGreaterThanOrEqual(30);
  }, 60_000); // 120-odd texts and the corpus directory, on a shared machine

  it('first held-back test part: meets the issue\u2019s targets', () => {
    const { texts, counts } = run('test');
    process.stdout.write(`${formatFigures('Statements, held-back test part', texts, counts)}\n`);
    if (process.env.STATEMENTS_TEST_MISSES) process.stdout.write(`${counts.misses.join('\n')}\n`);
    const f = figures(counts);
    expect(texts).toBeGreaterThanOrEqual(15);
    expect(f.directFound).toBeGreaterThanOrEqual(0.95);
    expect(f.directPrecision).toBeGreaterThanOrEqual(0.95);
    expect(f.speakerRight).toBeGreaterThanOrEqual(0.95);
    expect(f.partialFound).toBeGreaterThanOrEqual(0.85);
    expect(f.reportedFound).toBeGreaterThanOrEqual(0.85);
    expect(f.anonymousAll).toBe(true);
  });

  // A second held-back part (issue #13, second session): 27 texts about other people and events,
  // 6 of them in Russian, written and committed before the rules were touched again.
  it('second held-back test part (other people and events, 6 texts in Russian): the floors it reaches', () => {
    const { texts, counts } = run('test-2');
    process.stdout.write(`${formatFigures('Statements, second held-back test part', texts, counts)}\n`);
    const f = figures(counts);
    expect(texts).toBeGreaterThanOrEqual(25);
    expect(f.directFound).toBeGreaterThanOrEqual(0.95);
    expect(f.directPrecision).toBeGreaterThanOrEqual(0.95);
    expect(f.speakerRight).toBeGreaterThanOrEqual(0.9);
    expect(f.partialFound).toBeGreaterThanOrEqual(0.85);
    expect(f.reportedFound).toBeGreaterThanOrEqual(0.95);
    expect(counts.anonymousFlagged / counts.anonymousGold).toBeGreaterThanOrEqual(0.95);
  });

  // A third held-back part, written after the second one's misses had been seen (see
  // fixtures/statements/README.md): 15 texts, 4 in Russian, never used to change the rules.
  it('third held-back test part (its misses read in the fourth session): the floors it reaches', () => {
    const { texts, counts } = run('test-3');
    process.stdout.write(`${formatFigures('Statements, third held-back test part', texts, counts)}\n`);
    const f = figures(counts);
    expect(texts).toBeGreaterThanOrEqual(15);
    expect(f.directFound).toBeGreaterThanOrEqual(0.95);
    expect(f.directPrecision).toBeGreaterThanOrEqual(0.95);
    expect(f.speakerRight).toBeGreaterThanOrEqual(0.9);
    expect(f.partialFound).toBeGreaterThanOrEqual(0.85);
    expect(f.reportedFound).toBeGreaterThanOrEqual(0.9);
    expect(counts.anonymousFlagged / counts.anonymousGold).toBeGreaterThanOrEqual(0.88);
  });

  // A fourth held-back part (issue #13, third session): 23 texts, 6 in Russian, written and committed
  // before the rules were touched again; its misses were first read in the fourth session (so it now
  // guards against going back; fixtures/statements/README.md).
  it('fourth held-back test part (written before the third session\u2019s rule changes): the floors it reaches', () => {
    const { texts, counts } = run('test-4');
    process.stdout.write(`${formatFigures('Statements, fourth held-back test part', texts, counts)}\n`);
    const f = figures(counts);
    expect(texts).toBeGreaterThanOrEqual(20);
    expect(f.directFound).toBeGreaterThanOrEqual(0.95);
    expect(f.directPrecision).toBeGreaterThanOrEqual(0.95);
    expect(f.speakerRight).toBeGreaterThanOrEqual(0.85);
    expect(f.partialFound).toBeGreaterThanOrEqual(0.9);
    expect(f.reportedFound).toBeGreaterThanOrEqual(0.95);
    expect(counts.anonymousFlagged / counts.anonymousGold).toBeGreaterThanOrEqual(0.9);
  });

  // A fifth part (issue #13, fourth session): 33 texts, 9 in Russian, written blind (the rules unread) and
  // committed (587ec1b) before that session's rule changes were merged. Its misses were printed and read in the
  // session's second half (STATEMENTS_TEST5_MISSES=1 prints them) and the rules changed on them, so it is
  // development material now, not an unseen measurement. The floors are its figures after that work minus a
  // margin of a few statements (fixtures/statements/README.md, "test-5 read").
  it('fifth test part (written blind, its misses read in the fourth session\u2019s second half): the floors it reaches', () => {
    const { texts, counts } = run('test-5');
    process.stdout.write(`${formatFigures('Statements, fifth held-back test part', texts, counts)}\n`);
    if (process.env.STATEMENTS_TEST5_MISSES) process.stdout.write(`${counts.misses.join('\n')}\n`);
    const f = figures(counts);
    expect(texts).toBeGreaterThanOrEqual(30);
    expect(f.directFound).toBeGreaterThanOrEqual(0.95);
    expect(f.directPrecision).toBeGreaterThanOrEqual(0.95);
    expect(f.speakerRight).toBeGreaterThanOrEqual(0.85);
    expect(f.partialFound).toBeGreaterThanOrEqual(0.8);
    expect(f.reportedFound).toBeGreaterThanOrEqual(0.8);
    expect(counts.anonymousFlagged / counts.anonymousGold).toBeGreaterThanOrEqual(0.75);
  });

  // A sixth held-back part (issue #13, fourth session): 27 full-length texts, 8 in Russian, written blind (the
  // rules unread, of the other parts two test-4 files read for the format) and committed (d08ffff) before this
  // session's rule changes were merged; only its figures are printed, never its misses. The floors are its first
  // run at the rules of df5772d minus a margin of a few statements: they guard against going back, they are not
  // the targets (fixtures/statements/README.md has the figures).
  it('sixth held-back test part (written blind before this session\u2019s rule changes were merged): the floors it reaches', () => {
    const { texts, counts } = run('test-6');
    process.stdout.write(`${formatFigures('Statements, sixth held-back test part', texts, counts)}\n`);
    const f = figures(counts);
    expect(texts).toBeGreaterThanOrEqual(24);
    expect(f.directFound).toBeGreaterThanOrEqual(0.95);
    expect(f.directPrecision).toBeGreaterThanOrEqual(0.95);
    expect(f.speakerRight).toBeGreaterThanOrEqual(0.7);
    expect(f.partialFound).toBeGreaterThanOrEqual(0.8);
    expect(f.reportedFound).toBeGreaterThanOrEqual(0.8);
    expect(counts.anonymousFlagged / counts.anonymousGold).toBeGreaterThanOrEqual(0.65);
  });
});
