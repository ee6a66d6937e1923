// Bundled by esbuild and injected into a fixture page in Chromium (see
// bench/chromium-recognition.ts): the real extraction and recognition code,
// run in batches that the Node side times in the main thread's CPU time
// (support/thread-clock.ts, support/recognition-run.ts).
import { deserializeIndex } from '../../src/recognition/index-codec.ts';
import { looksLikeArticlePage } from '../../src/recognition/article-gate.ts';
import { extractPageText } from '../../src/recognition/page-text.ts';
import { type RecognitionIndex, typedArrayBytes } from '../../src/recognition/recognition-index.ts';
import { recognize } from '../../src/recognition/recognize.ts';
import { decodeBase64, timedOperations } from './in-page-operations.ts';

/** The page as read once, and what each index recognised in it. */
export interface InPageReading {
  /** Corpus id recognised with each index (null: none). */
  recognized: Record<string, string | null>;
  /** Operations runBatch times: "extract", and per index "both:NAME" and "recognize:NAME". */
  ops: string[];
  paragraphs: number;
  chars: number;
}

const bytes = new Map<string, Uint8Array>();
const indexes = new Map<string, RecognitionIndex>();


/** What runBatch calls, by name (set by read()). */
let ops: Record<string, () => unknown> = {};

const api = {
  /** Keeps the serialized index bytes (not yet deserialised). */
  putBytes(name: string, base64: string): number {
    const b = decodeBase64(base64);
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
  /**
   * Reads the page once, recognises it with every loaded index, and names the
   * operations runBatch can time: extraction alone (the floor), extraction then
   * recognition, and recognition alone of the text read here.
   */
  read(): InPageReading {
    const text = extractPageText(document);
    const url = location.href;
    ops = { extract: () => extractPageText(document) };
    const recognized: Record<string, string | null> = {};
    for (const [name, index] of indexes) {
      recognized[name] = recognize(index, text, { url })?.corpusId ?? null;
      ops[`both:${name}`] = () => recognize(index, extractPageText(document), { url });
      ops[`recognize:${name}`] = () => recognize(index, text, { url });
    }
    return {
      recognized,
      ops: Object.keys(ops),
      paragraphs: text.paragraphs.length,
      chars: text.paragraphs.reduce((n, p) => n + p.length, 0),
    };
  },
  /** Runs operation `name` `times` times (0: an empty call, for the clock's overhead). */
  runBatch: timedOperations(() => ops).runBatch,
};

export type InPageApi = typeof api;
(globalThis as unknown as { sourcelightBench: InPageApi }).sourcelightBench = api;
