// Splits a checked corpus pack into the chunks the library sends to the
// worker one message each (begin → chunks → commit), far below the browser's
// messaging limit (64 MiB in Chromium) and small enough that the progress the
// reader sees moves article by article, not file by file.
import type { PackLine } from './corpus-pack.ts';

/** Characters of article text per chunk at most (one longer article travels alone; texts are at most 2 MB). */
export const PACK_CHUNK_CHARS = 4 * 1024 * 1024;
/** Articles per chunk at most: each chunk is compiled in the worker before it answers, so progress stays fine-grained. */
export const PACK_CHUNK_ARTICLES = 25;

export interface PackChunk {
  /** Position in the pack (0-based, among its distinct articles) of the chunk's first article. */
  offset: number;
  items: PackLine[];
}

/** Rough size of an article as a message carries it: its text and fields. */
function sizeOf(item: PackLine): number {
  const a = item.article;
  let n = a.text.length + a.url.length + 64;
  for (const v of [a.title, a.outlet, a.author, a.published, a.modified, a.language]) n += v?.length ?? 0;
  for (const address of a.addresses ?? []) n += address.length;
  return n;
}

export function chunkPack(items: readonly PackLine[], maxChars = PACK_CHUNK_CHARS, maxArticles = PACK_CHUNK_ARTICLES): PackChunk[] {
  const chunks: PackChunk[] = [];
  let current: PackLine[] = [];
  let size = 0;
  let offset = 0;
  for (const item of items) {
    const n = sizeOf(item);
    if (current.length > 0 && (size + n > maxChars || current.length >= maxArticles)) {
      chunks.push({ offset, items: current });
      offset += current.length;
      current = [];
      size = 0;
    }
    current.push(item);
    size += n;
  }
  if (current.length > 0) chunks.push({ offset, items: current });
  return chunks;
}
