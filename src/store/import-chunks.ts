// Splits a checked file's annotations into chunks the library page sends to
// the worker one message each, well under the browser's messaging limit
// (64 MiB in Chromium): each chunk is the JSON text of a list of items.

import type { Json } from './import.ts';

/** Characters of JSON per chunk: far below the messaging limit, few enough messages for a large backup. */
export const IMPORT_CHUNK_CHARS = 4 * 1024 * 1024;

export interface ImportChunk {
  /** Index in the file of the chunk's first annotation. */
  offset: number;
  count: number;
  /** JSON list of the annotations, as the file had them. */
  text: string;
}

export function chunkImportItems(items: readonly Json[], maxChars: number = IMPORT_CHUNK_CHARS): ImportChunk[] {
  const chunks: ImportChunk[] = [];
  let parts: string[] = [];
  let size = 2;
  let offset = 0;
  const flush = () => {
    if (parts.length === 0) return;
    chunks.push({ offset, count: parts.length, text: `[${parts.join(',')}]` });
    offset += parts.length;
    parts = [];
    size = 2;
  };
  for (const item of items) {
    const text = JSON.stringify(item);
    // One annotation is far smaller than a chunk (its fields have limits); a bigger one travels alone and is refused by the checks.
    if (parts.length > 0 && size + text.length + 1 > maxChars) flush();
    parts.push(text);
    size += text.length + 1;
  }
  flush();
  return chunks;
}
