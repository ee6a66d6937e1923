// Bundled by esbuild and injected into a fixture page in Chromium (see
// bench/chromium-recognition.ts): the real extraction and recognition code,
// timed inside the page so no DevTools round trip is counted.
import { deserializeIndex } from '../../src/recognition/index-codec.ts';
import { looksLikeArticlePage } from '../../src/recognition/article-gate.ts';
import { extractPageText } from '../../src/recognition/page-text.ts';
import { type RecognitionIndex, typedArrayBytes } from '../../src/recognition/recognition-index.ts';
import { recognize } from '../../src/recognition/recognize.ts';

export interface InPageTiming {
  /** Median milliseconds per call. */
  ms: number;
  /** Calls per timed batch (batches last ≥ minBatchMs, since performance.now() is coarse in a page). */
  perBatch: number;
}

export interface InPageRun {
  extract: InPageTiming;
  /** extractPageText then recognize, per index name. */
  extractAndRecognize: Record<string, InPageTiming>;
  recognizeOnly: Record<string, InPageTiming>;
  /** Corpus id recognised with each index (null: none). */
  recognized: Record<string, string | null>;
  paragraphs: number;
  chars: number;
}

const bytes = new Map<string, Uint8Array>();
const indexes = new Map<string, RecognitionIndex>();

function decode(base64: string): Uint8Array {
  const s = atob(base64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Calls per batch so that one batch lasts at least `minBatchMs` (after a warm-up of the same length). */
function calibrate(fn: () => unknown, minBatchMs: number): number {
  const warmUntil = performance.now() + minBatchMs * 3;
  while (performance.now() < warmUntil) fn();
  let perBatch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    if (performance.now() - t >= minBatchMs || perBatch >= 1 << 16) return perBatch;
    perBatch *= 2;
  }
}

/**
 * Median time per call of each operation, the operations timed in turn
 * (interleaved rounds) so drift in the machine's load hits them alike.
 */
function timeAll(ops: Record<string, () => unknown>, runs: number, minBatchMs: number): Record<string, InPageTiming> {
  const names = Object.keys(ops);
  const perBatch = new Map(names.map((n) => [n, calibrate(ops[n]!, minBatchMs)]));
  const samples = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < runs; r++) {
    for (const n of names) {
      const fn = ops[n]!;
      const k = perBatch.get(n)!;
      const t = performance.now();
      for (let i = 0; i < k; i++) fn();
      samples.get(n)!.push((performance.now() - t) / k);
    }
  }
  const out: Record<string, InPageTiming> = {};
  for (const n of names) {
    const list = samples.get(n)!.sort((a, b) => a - b);
    out[n] = { ms: list[Math.floor(list.length / 2)]!, perBatch: perBatch.get(n)! };
  }
  return out;
}

const api = {
  /** Keeps the serialized index bytes (not yet deserialised). */
  putBytes(name: string, base64: string): number {
    const b = decode(base64);
    bytes.set(name, b);
    return b.length;
  },
  /** Deserialises and keeps the index; returns its article count and the milliseconds it took. */
  load(name: string): { articles: number; ms: number } {
    const b = bytes.get(name);
    if (!b) throw new Error(`bench: no bytes for index "${name}"`);
    const t = performance.now();
    const index = deserializeIndex(b);
    const took = performance.now() - t;
    indexes.set(name, index);
    return { articles: index.ids.length, ms: took };
  },
  /** Bytes of the loaded index's typed arrays (exact; ids and the address map come on top). */
  typedArrayBytes(name: string): number {
    const x = indexes.get(name);
    if (!x) throw new Error(`bench: index "${name}" is not loaded`);
    return typedArrayBytes(x);
  },
  /** The content script's gate on this document: its answer and its slowest of `runs` calls (ms). */
  gate(runs: number): { answer: boolean; worstMs: number } {
    let worstMs = 0;
    let answer = false;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      answer = looksLikeArticlePage(document);
      worstMs = Math.max(worstMs, performance.now() - t);
    }
    return { answer, worstMs };
  },
  run(runs: number, minBatchMs: number): InPageRun {
    const text = extractPageText(document);
    const url = location.href;
    const ops: Record<string, () => unknown> = { extract: () => extractPageText(document) };
    const recognized: Record<string, string | null> = {};
    for (const [name, index] of indexes) {
      recognized[name] = recognize(index, text, { url })?.corpusId ?? null;
      ops[`both:${name}`] = () => recognize(index, extractPageText(document), { url });
      ops[`recognize:${name}`] = () => recognize(index, text, { url });
    }
    const timed = timeAll(ops, runs, minBatchMs);
    const out: InPageRun = {
      extract: timed.extract!,
      extractAndRecognize: {},
      recognizeOnly: {},
      recognized,
      paragraphs: text.paragraphs.length,
      chars: text.paragraphs.reduce((n, p) => n + p.length, 0),
    };
    for (const name of indexes.keys()) {
      out.extractAndRecognize[name] = timed[`both:${name}`]!;
      out.recognizeOnly[name] = timed[`recognize:${name}`]!;
    }
    return out;
  },
};

export type InPageApi = typeof api;
(globalThis as unknown as { sourcelightBench: InPageApi }).sourcelightBench = api;
