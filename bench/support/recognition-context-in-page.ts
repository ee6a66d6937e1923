// Bundled and injected into a fixture page by bench/recognition-context.ts:
// the same work as the recognition bench's "extract + recognise", arranged
// so the parts of its cost can be told apart (which text recognition reads,
// and what ran just before it).
import { deserializeIndex } from '../../src/recognition/index-codec.ts';
import { extractPageText } from '../../src/recognition/page-text.ts';
import type { RecognitionIndex } from '../../src/recognition/recognition-index.ts';
import { recognize } from '../../src/recognition/recognize.ts';
import type { PageText } from '../../src/recognition/types.ts';

/** Old copies of the page's text recognition cycles through: more bytes than a core's caches hold, so each is cold when read. */
const COLD_COPIES = 512;

let ops: Record<string, () => unknown> = {};
/** Keeps results alive so no call can be optimised away. */
let sink: unknown = null;

function decode(base64: string): Uint8Array {
  const s = atob(base64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A flat copy of `s` in a string of its own (no slice of, or link to, the original). */
function flatCopy(s: string): string {
  return s.split('').join('');
}

/** Fresh flat strings with the same characters (each regular-expression replacement builds a new string). */
function freshText(text: PageText): PageText {
  return { paragraphs: text.paragraphs.map((p) => p.replace(/\s+/g, ' ')) };
}

const api = {
  /** Loads the index, reads the page once and names the operations; returns what the reading recognised. */
  load(base64: string): { corpusId: string | null; paragraphs: number; chars: number } {
    const index: RecognitionIndex = deserializeIndex(decode(base64));
    const text = extractPageText(document);
    const url = location.href;
    const copies: PageText[] = [];
    for (let i = 0; i < COLD_COPIES; i++) copies.push({ paragraphs: text.paragraphs.map(flatCopy) });
    let next = 0;
    const cold = () => {
      next = (next + 1) % COLD_COPIES;
      return copies[next]!;
    };
    ops = {
      /** The floor. */
      extract: () => extractPageText(document),
      /** What the recognition bench times: the text just read is recognised. */
      both: () => recognize(index, extractPageText(document), { url }),
      /** The walk, then the text read once at load (the same every call, so warm). */
      walkThenOld: () => {
        sink = extractPageText(document);
        return recognize(index, text, { url });
      },
      /** The same in the other order. */
      oldThenWalk: () => {
        sink = recognize(index, text, { url });
        return extractPageText(document);
      },
      /** The walk, then an old copy not read for COLD_COPIES calls (cold, but not new). */
      walkThenCold: () => {
        sink = extractPageText(document);
        return recognize(index, cold(), { url });
      },
      /** Recognition alone on the text read once (what the recognition bench's "recognise alone" is). */
      alone: () => recognize(index, text, { url }),
      /** Fresh strings with the page's text, made without a DOM walk. */
      fresh: () => freshText(text),
      /** Those fresh strings, then recognised. */
      freshThenRecognise: () => recognize(index, freshText(text), { url }),
    };
    return {
      corpusId: recognize(index, text, { url })?.corpusId ?? null,
      paragraphs: text.paragraphs.length,
      chars: text.paragraphs.reduce((n, p) => n + p.length, 0),
    };
  },
  names: (): string[] => Object.keys(ops),
  runBatch(name: string, times: number): number {
    if (times === 0) return 0;
    const fn = ops[name];
    if (!fn) throw new Error(`bench: no operation "${name}"`);
    for (let i = 0; i < times; i++) sink = fn();
    return sink === null ? 0 : 1;
  },
};

export type RecognitionContextApi = typeof api;
(globalThis as unknown as { sourcelightContext: RecognitionContextApi }).sourcelightContext = api;
