// Recognition benchmark. Run: npx tsx bench/recognition.ts
// (add --expose-gc through NODE_OPTIONS for a steadier memory figure).
// Pages are DOMs built with linkedom in Node; times are medians of repeated runs.
// The floor is one plain pass that extracts the page's text (extractPageText);
// recognition figures are given as a ratio to it, measured in the same run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { generateSyntheticCorpus } from '../scripts/generate-synthetic-corpus.ts';
import { parseCatalog } from '../src/corpus/catalog.ts';
import { compileCorpus } from '../src/corpus/compile.ts';
import { deserializeIndex, serializeIndex } from '../src/recognition/index-codec.ts';
import { extractPageText, extractPageTextSliced } from '../src/recognition/page-text.ts';
import { buildRecognitionIndex, typedArrayBytes } from '../src/recognition/recognition-index.ts';
import { recognize } from '../src/recognition/recognize.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = `${root}fixtures/corpus/`;
const catalog = parseCatalog(JSON.parse(readFileSync(`${corpusDir}catalog.json`, 'utf8')));
const corpus = compileCorpus(catalog, (f) => readFileSync(`${corpusDir}${f}`, 'utf8'));
const gc = (globalThis as { gc?: () => void }).gc;

function median(run: () => void, times = 200): number {
  const samples: number[] = [];
  // Warm up first, so the JIT has settled before timing (the first index measured would otherwise pay for it).
  for (let i = 0; i < Math.min(times * 5, 1000); i++) run();
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** An outlet-like article page: navigation, header, body, related list, comments widget, scripts. */
function articlePage(headline: string, paragraphs: string[]): Document {
  const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  const related = corpus.articles.map((a) => `<li><a href="#">${escapeHtml(a.headline)}</a></li>`).join('');
  const html = `<!doctype html><html><head><title>${escapeHtml(headline)}</title><script>window.__data={"a":1}</script><style>body{}</style></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${escapeHtml(headline)}</h1><div class="meta">12:40 27.09.2008</div>
<button>Subscribe</button>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article>
<aside><h3>Related</h3><ul>${related}</ul></aside></main><div class="comments">Newsfeed 0 To participate in the discussion log in or register</div>
<footer>${nav}</footer><script>track()</script></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

function hugePage(): Document {
  const p = corpus.articles[1]!.paragraphs.join(' ');
  const blocks: string[] = [];
  let size = 0;
  while (size < 5_000_000) {
    blocks.push(`<div class="feed-item"><p>${escapeHtml(p)}</p></div>`);
    size += p.length;
  }
  return parseHTML(`<!doctype html><html><body>${blocks.join('')}</body></html>`).document as unknown as Document;
}

const article = corpus.articles[0]!;
const doc = articlePage(article.headline, article.paragraphs);
const floor = median(() => extractPageText(doc));
const text = extractPageText(doc);

const small = deserializeIndex(serializeIndex(buildRecognitionIndex(corpus.articles)));
const smallMs = median(() => recognize(small, text));
if (recognize(small, text)?.corpusId !== article.id) throw new Error('bench: the 5-article index did not recognise the page');

const bytes = serializeIndex(buildRecognitionIndex([...generateSyntheticCorpus(10_000), ...corpus.articles]));
for (let i = 0; i < 3; i++) gc?.();
const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const loadStart = performance.now();
const large = deserializeIndex(bytes);
const loadMs = performance.now() - loadStart;
for (let i = 0; i < 3; i++) gc?.();
// The marginal memory of one more loaded copy, once build garbage is gone.
for (let i = 0; i < 3; i++) gc?.();
const before2 = memory();
const second = deserializeIndex(bytes);
for (let i = 0; i < 3; i++) gc?.();
const loadedMemory = memory() - before2;
if (second.ids.length !== large.ids.length) throw new Error('bench: reload differs');
const typedBytes = typedArrayBytes(large);
const largeMs = median(() => recognize(large, text));
if (recognize(large, text)?.corpusId !== article.id) throw new Error('bench: the 10,005-article index did not recognise the page');

const huge = hugePage();
const hugeExtractMs = median(() => extractPageText(huge), 5);
const hugeText = extractPageText(huge);
const hugeRecognizeMs = median(() => recognize(large, hugeText), 5);
let longestSlice = 0;
{
  // Longest synchronous stretch of the sliced extraction: the gap between event-loop turns.
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longestSlice = Math.max(longestSlice, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const start = performance.now();
  const done = extractPageTextSliced(huge, { sliceMs: 8 });
  last = performance.now();
  longestSlice = last - start; // the first slice runs inside the call
  await done;
  running = false;
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const rows: [string, string, string][] = [
  ['floor: extractPageText on a corpus article page', fmt(floor), '1.00×'],
  ['extract + recognise, 5 articles indexed', fmt(floor + smallMs), `${((floor + smallMs) / floor).toFixed(2)}× (target ≤ 1.5×)`],
  ['extract + recognise, 10,005 articles indexed', fmt(floor + largeMs), `${((floor + largeMs) / floor).toFixed(2)}× (target ≤ 1.5×)`],
  ['recognise alone, 10,005 articles indexed', fmt(largeMs), `${(largeMs / floor).toFixed(2)}× of the floor`],
  ['index size, 10,005 articles', `${(bytes.length / 1e6).toFixed(2)} MB`, 'target < 5 MB'],
  ['deserialise the 10,005-article index', fmt(loadMs), 'once per service-worker start'],
  ['memory of the loaded index (heap + array buffers)', `${(loadedMemory / 1e6).toFixed(1)} MB`, gc ? 'after gc' : 'no --expose-gc: approximate'],
  ['typed arrays of the loaded 10,005-article index', `${(typedBytes / 1e6).toFixed(1)} MB`, 'exact; ids and address map come on top'],
  ['5 MB page: extractPageText (capped at 400k chars)', fmt(hugeExtractMs), `${hugeText.paragraphs.length} paragraphs read`],
  ['5 MB page: recognise the capped text, 10,005 indexed', fmt(hugeRecognizeMs), ''],
  ['5 MB page: longest slice of extractPageTextSliced', fmt(longestSlice), 'sliceMs 8; long task = 50 ms'],
];
const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write(`Recognition benchmark (Node ${process.version}, linkedom DOM, medians)\n`);
for (const [name, value, note] of rows) process.stdout.write(`${name.padEnd(width)}  ${value.padStart(12)}  ${note}\n`);
