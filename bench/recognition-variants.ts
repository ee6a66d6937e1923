// Several copies of src/ recognising the same fixture pages in one Chromium tab, paired: a prototype (a patched copy of
// src/) against the working tree without committing it. Each variant's extract + recognise
// (today's extraction, that variant's recogniser and its own index of the corpus, 5 and 10,005 articles) is timed
// interleaved with the extraction alone, as bench/recognition-compare.ts times two commits (CPU time of the page's main
// thread, median of 15 rounds of batches ≥ 20 ms, paired ratios). Every variant's full Recognition (scores, differing
// paragraphs, region) must equal the first's on every page, or the bench says so and stops.
// Every index keeps the corpus articles' texts, as the shipped one does (a builder without that option ignores it).
//   npx tsx bench/recognition-variants.ts DIR ...     (each DIR a copy of src/; the working tree's src/ comes first)
//   RECOGNITION_VARIANTS_PAGES=<regular expression>  (default: the AMP and print copies; "." for all 36 pages)
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSyntheticCorpus } from '../scripts/generate-synthetic-corpus.ts';
import { parseCatalog } from '../src/corpus/catalog.ts';
import { compileCorpus } from '../src/corpus/compile.ts';
import { loadFixturePages } from '../test/e2e/support/fixture-pages.ts';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { fixtureRoutes } from '../test/e2e/support/routes.ts';
import { bundleForPage } from './support/bundle-for-page.ts';
import { minMedianMax } from './support/report.ts';
import { pairedRatio, timeInPageOperations } from './support/thread-clock.ts';

const ROOT = join(import.meta.dirname, '..');
const SIZES = ['5', '10005'] as const;
const dirs = [join(ROOT, 'src'), ...process.argv.slice(2).map((d) => resolve(d))];

function inPageSource(): string {
  const imports = dirs
    .map(
      (d, i) => `
import * as recognize${i} from ${JSON.stringify(join(d, 'recognition/recognize.ts'))};
import * as codec${i} from ${JSON.stringify(join(d, 'recognition/index-codec.ts'))};
`,
    )
    .join('');
  const list = (name: string) => `[${dirs.map((_, i) => `${name}${i}`).join(', ')}]`;
  return `${imports}
import { extractPageText } from ${JSON.stringify(join(ROOT, 'src/recognition/page-text.ts'))};
import { decodeBase64, timedOperations } from ${JSON.stringify(join(ROOT, 'bench/support/in-page-operations.ts'))};
const recognizers = ${list('recognize')};
const codecs = ${list('codec')};
let ops = {};
globalThis.recognitionVariants = {
  /** indexes: { '5': [base64 per variant], '10005': [...] }. Returns each variant's Recognition as JSON. */
  load(indexes) {
    const url = location.href;
    ops = { extract: () => extractPageText(document) };
    const answers = {};
    recognizers.forEach((r, v) => {
      for (const [size, list] of Object.entries(indexes)) {
        const index = codecs[v].deserializeIndex(decodeBase64(list[v]));
        ops['v' + v + ':' + size] = () => r.recognize(index, extractPageText(document), { url });
        answers['v' + v + ':' + size] = JSON.stringify(r.recognize(index, extractPageText(document), { url }));
      }
    });
    return answers;
  },
  ...timedOperations(() => ops),
};
`;
}

type InPage = {
  recognitionVariants: {
    load(indexes: Record<string, string[]>): Record<string, string>;
    names(): string[];
    runBatch(name: string, times: number): number;
  };
};

const code = await bundleForPage({ source: inPageSource(), resolveDir: ROOT });
const corpusDir = join(ROOT, 'fixtures/corpus');
const articles = compileCorpus(parseCatalog(JSON.parse(readFileSync(join(corpusDir, 'catalog.json'), 'utf8'))), (f) => readFileSync(join(corpusDir, f), 'utf8')).articles;
const sets = { '5': articles, '10005': [...generateSyntheticCorpus(10_000), ...articles] };
const corpusIds = new Set(articles.map((a) => a.id));
const keepTextOf = (a: { id: string }) => corpusIds.has(a.id);
const indexes: Record<string, string[]> = {};
for (const size of SIZES) {
  indexes[size] = [];
  for (const d of dirs) {
    const { buildRecognitionIndex } = await import(join(d, 'recognition/recognition-index.ts'));
    const { serializeIndex } = await import(join(d, 'recognition/index-codec.ts'));
    indexes[size].push(Buffer.from(serializeIndex(buildRecognitionIndex(sets[size], { keepTextOf }))).toString('base64'));
  }
}
const pattern = new RegExp(process.env.RECOGNITION_VARIANTS_PAGES ?? '000-amp|002-print');
const pages = loadFixturePages().filter((p) => pattern.test(p.file));
const session = await launchChromium({ withoutExtension: true });
const rows: { file: string; overFloor: number[][]; overFirst: number[][] }[] = [];
try {
  process.stdout.write(`${await session.browser.version()}; variants: ${dirs.map((d, i) => `v${i} ${d}`).join(', ')}; load average ${loadavg()[0]!.toFixed(1)}\n`);
  for (const fixture of pages) {
    const page = await session.openPage(fixture.url, fixtureRoutes());
    await page.addScriptTag({ content: code });
    const answers = await page.evaluate((x) => (globalThis as unknown as InPage).recognitionVariants.load(x), indexes);
    for (const size of SIZES) {
      for (let v = 1; v < dirs.length; v++) {
        if (answers[`v${v}:${size}`] !== answers[`v0:${size}`]) {
          throw new Error(`bench: ${fixture.file}, ${size} indexed: v${v} recognises ${answers[`v${v}:${size}`]}, v0 ${answers[`v0:${size}`]}`);
        }
      }
    }
    const { timings: t } = await timeInPageOperations(page, 'recognitionVariants', { rounds: 15, minBatchMs: 20 });
    const row = {
      file: fixture.file,
      overFloor: dirs.map((_, v) => SIZES.map((s) => pairedRatio(t[`v${v}:${s}`]!, t.extract!))),
      overFirst: dirs.map((_, v) => SIZES.map((s) => pairedRatio(t[`v${v}:${s}`]!, t[`v0:${s}`]!))),
    };
    rows.push(row);
    const pair = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');
    const cells = dirs.map((_, v) => `v${v} ${pair(row.overFloor[v]!)}${v === 0 ? '' : ` (÷ v0 ${pair(row.overFirst[v]!)})`}`).join('  ');
    process.stdout.write(`${row.file.padEnd(56)} floor ${(t.extract!.ms * 1000).toFixed(1).padStart(6)} µs  ÷ floor, 5 / 10,005: ${cells}  (load ${loadavg()[0]!.toFixed(1)})\n`);
    await page.close();
  }
} finally {
  await session.close();
}
process.stdout.write(`\nover ${rows.length} pages, min / median / max (paired ratios):\n`);
dirs.forEach((_, v) => {
  SIZES.forEach((size, s) => {
    const vsFirst = v === 0 ? '' : `; ÷ v0 ${minMedianMax(rows.map((r) => r.overFirst[v]![s]!))}`;
    process.stdout.write(`  v${v}, ${size.padStart(5)} indexed: ÷ extraction ${minMedianMax(rows.map((r) => r.overFloor[v]![s]!))}${vsFirst}\n`);
  });
});
process.stdout.write(`load average ${loadavg()[0]!.toFixed(1)}\n`);
