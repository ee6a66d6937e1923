// Issue #13's figures with the NLP oracle off and on, part by part (development and the five
// held-back parts; figures only, never a part's misses): what src/statements/nlp/README.md reports. Not timed; bench/statements.ts times it.
// Run: npx tsx bench/statements-nlp-figures.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractStatements } from '../src/statements/extract.ts';
import { compromiseOracle } from '../src/statements/nlp/compromise-oracle.ts';
import type { NlpOracle } from '../src/statements/nlp/oracle.ts';
import { buildPersonDirectory } from '../src/statements/people.ts';
import { emptyCounts, figures, loadPart, score } from '../test/unit/statements/scoring.ts';

const ROOT = join(import.meta.dirname, '..');
const PARTS = ['dev', 'test', 'test-2', 'test-3', 'test-4', 'test-5'] as const;

const corpusDir = join(ROOT, 'fixtures/corpus');
const people = buildPersonDirectory(readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8')));

function row(part: (typeof PARTS)[number], nlp: NlpOracle | undefined): string {
  const counts = emptyCounts();
  for (const doc of loadPart(join(ROOT, 'fixtures/statements', part, '/'))) {
    score(doc, extractStatements(doc.text, nlp ? { people, nlp } : { people }), counts);
  }
  const f = figures(counts);
  return [
    part.padEnd(6),
    `direct found ${f.directFound.toFixed(2)} precise ${f.directPrecision.toFixed(2)}`,
    `speaker right (direct) ${counts.directSpeakerRight}/${counts.directGold}`,
    `(all kinds) ${counts.speakerRightAll}/${counts.matchedAll}`,
    `partial ${f.partialFound.toFixed(2)}`,
    `reported ${f.reportedFound.toFixed(2)}`,
    `anonymous ${counts.anonymousFlagged} of ${counts.anonymousGold}`,
  ].join('  ');
}

for (const [label, nlp] of [['hand rules', undefined], [`with ${compromiseOracle.name}`, compromiseOracle]] as const) {
  process.stdout.write(`${label}\n${PARTS.map((p) => `  ${row(p, nlp)}`).join('\n')}\n`);
}
