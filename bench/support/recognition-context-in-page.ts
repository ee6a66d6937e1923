// Bundled and injected into a fixture page by bench/recognition-context.ts:
// the same work as the recognition bench's "extract + recognise", arranged
// so the parts of its cost can be told apart (which text recognition reads,
// and what ran just before it).
import { deserializeIndex } from '../../src/recognition/index-codec.ts';
import { extractPageText } from '../../src/recognition/page-text.ts';
import type { RecognitionIndex } from '../../src/recognition/recognition-index.ts';
import { recognize } from '../../src/recognition/recognize.ts';
import type { PageText } from '../../src/recognition/types.ts';
import { decodeBase64, keep, timedOperations } from './in-page-operations.ts';

/** Old copies of the page's text recognition cycles through: more bytes than a core's caches hold, so each is cold when read. */
const COLD_COPIES = 512;

let ops: Record<string, () => unknown> = {};


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
    const index: RecognitionIndex = deserializeIndex(decodeBase64(base64));
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
        keep(extractPageText(document));
        return recognize(index, text, { url });
      },
      /** The same in the other order. */
      oldThenWalk: () => {
        keep(recognize(index, text, { url }));
        return extractPageText(document);
      },
      /** The walk, then an old copy not read for COLD_COPIES calls (cold, but not new). */
      walkThenCold: () => {
        keep(extractPageText(document));
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
  ...timedOperations(() => ops),
};

export type RecognitionContextApi = typeof api;
(globalThis as unknown as { sourcelightContext: RecognitionContextApi }).sourcelightContext = api;
