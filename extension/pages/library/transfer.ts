// Moving highlights in and out of the library at any size. The worker's replies
// and messages stay far below the browser's messaging limit (64 MiB in
// Chromium): records come in pages, exports are built here, and an import is
// read and checked here, then sent in chunks (begin → chunks → commit) that the
// worker checks again and writes in one transaction.
import type { AnnotationRecord } from '../../../src/store/annotation.ts';
import type { ImportOutcome } from '../../../src/store/annotation-store.ts';
import { ImportError } from '../../../src/store/errors.ts';
import { exportCsv } from '../../../src/store/export-csv.ts';
import { exportHypothesis } from '../../../src/store/export-hypothesis.ts';
import { exportMarkdown } from '../../../src/store/export-markdown.ts';
import { type ExportChoice, exportFileName, selectForExport } from '../../../src/store/export-selection.ts';
import { exportW3C } from '../../../src/store/export-w3c.ts';
import { checkImportItems, DEFAULT_MAX_IMPORT_BYTES, parseImportDocument } from '../../../src/store/import.ts';
import { chunkImportItems } from '../../../src/store/import-chunks.ts';
import { askWorker } from '../../shared/worker-client.ts';

export type ExportFormat = 'jsonld' | 'csv' | 'markdown' | 'hypothesis';

const EXPORT_FORMATS = {
  jsonld: { extension: 'jsonld', mimeType: 'application/ld+json' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  markdown: { extension: 'md', mimeType: 'text/markdown' },
  hypothesis: { extension: 'hypothesis.json', mimeType: 'application/json' },
} as const;

export interface Progress {
  phase: 'reading' | 'checking' | 'sending' | 'saving' | 'loading' | 'writing';
  done: number;
  total: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Every live highlight, a page of replies at a time. */
export async function readAllRecords(onProgress?: (loaded: number) => void): Promise<AnnotationRecord[]> {
  const records: AnnotationRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await askWorker('library/records', after === undefined ? {} : { after });
    for (const r of page.records) records.push(r);
    onProgress?.(records.length);
    if (page.next === null) return records;
    after = page.next;
  }
}

/** Most recently changed first, as the library lists them. */
function byModifiedDesc(a: AnnotationRecord, b: AnnotationRecord): number {
  return b.modified.localeCompare(a.modified) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
  count: number;
  /**
   * Statements the reader corrected or hid that the kind filter (my highlights only) left out of the file: a backup
   * made that way would lose those changes, so the library says so.
   */
  changedStatementsLeftOut: number;
}

/** A statement Sourcelight found that the reader has changed: a speaker or kind corrected, or hidden from the page. */
function changedByReader(record: AnnotationRecord): boolean {
  return record.origin === 'statement' && (record.statement?.corrected === true || record.hidden);
}

/** Exports what the library lists for the reader's choice (layer, kind, tag, search): nothing more. */
export async function buildExport(format: ExportFormat, choice: ExportChoice, onProgress?: (p: Progress) => void): Promise<ExportedFile> {
  const [meta, all] = await Promise.all([
    askWorker('library/meta', {}),
    readAllRecords((done) => onProgress?.({ phase: 'loading', done, total: 0 })),
  ]);
  const titles = new Map(Object.entries(meta.articleTitles));
  const layerIds = new Set(meta.layers.map((l) => l.id));
  const live = all.filter((r) => layerIds.has(r.layerId)); // a deleted layer awaiting its purge is not exported
  const context = { categories: meta.categories, articleTitles: titles };
  const records = selectForExport(live, choice, context).sort(byModifiedDesc);
  const changedStatementsLeftOut =
    choice.filter.origin === 'reader'
      ? selectForExport(live, { ...choice, filter: { ...choice.filter, origin: 'statement' } }, context).filter(changedByReader).length
      : 0;
  onProgress?.({ phase: 'writing', done: records.length, total: records.length });
  await nextTask();
  const layer = meta.layers.find((l) => l.id === choice.filter.layerId);
  const text =
    format === 'jsonld'
      ? exportW3C(records, { categories: meta.categories, layers: meta.layers, ...(layer ? { label: layer.name } : {}) })
      : format === 'csv'
        ? exportCsv(records, { categories: meta.categories, layers: meta.layers })
        : format === 'hypothesis'
          ? exportHypothesis(records, { displayName: layer?.name ?? 'Sourcelight', now: new Date() })
          : exportMarkdown(records, { categories: meta.categories, articleTitles: titles, ...(layer ? { title: layer.name } : {}) });
  const day = new Date().toISOString().slice(0, 10);
  const { extension, mimeType } = EXPORT_FORMATS[format];
  return { fileName: exportFileName(choice, meta.layers, day, extension), mimeType, text, count: records.length, changedStatementsLeftOut };
}

export interface ImportChoice {
  /** A new layer with this name; null: into the reader's own highlights. */
  layerName: string | null;
}

const CHECK_SLICE = 2_000;

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/**
 * Reads, checks and imports a file. Throws an Error whose message says what
 * went wrong and that nothing was written (a refused file, or an import the
 * worker lost).
 */
export async function importFile(file: File, choice: ImportChoice, onProgress: (p: Progress) => void): Promise<ImportOutcome & { notOnAPassage?: number }> {
  if (file.size > DEFAULT_MAX_IMPORT_BYTES) {
    throw new ImportError(
      `The file is too large (${formatMegabytes(file.size)}; Sourcelight imports files up to ${formatMegabytes(DEFAULT_MAX_IMPORT_BYTES)}). Nothing was imported.`,
    );
  }
  onProgress({ phase: 'reading', done: 0, total: file.size });
  const text = await file.text();
  await nextTask();
  const doc = parseImportDocument(text);
  // Checked here first, so a bad file is refused before anything is sent; the worker checks each chunk again.
  const now = new Date().toISOString();
  for (let offset = 0; offset < doc.items.length; offset += CHECK_SLICE) {
    onProgress({ phase: 'checking', done: offset, total: doc.items.length });
    checkImportItems(doc.items.slice(offset, offset + CHECK_SLICE), { offset, total: doc.items.length, now });
    await nextTask();
  }
  const chunks = chunkImportItems(doc.items);
  const { sessionId } = await askWorker('library/import-begin', {
    total: doc.items.length,
    fileName: file.name.slice(0, 300),
    ...(choice.layerName !== null ? { layerName: choice.layerName } : {}),
  });
  try {
    for (const chunk of chunks) {
      onProgress({ phase: 'sending', done: chunk.offset, total: doc.items.length });
      await askWorker('library/import-chunk', { sessionId, offset: chunk.offset, text: chunk.text });
    }
    onProgress({ phase: 'saving', done: doc.items.length, total: doc.items.length });
    const outcome = await askWorker('library/import-commit', { sessionId });
    return doc.notOnAPassage ? { ...outcome, notOnAPassage: doc.notOnAPassage } : outcome;
  } catch (error) {
    void askWorker('library/import-cancel', { sessionId }).catch(() => undefined);
    const message = (error as Error).message;
    // The worker's own refusals say what happened; a lost connection is put in words.
    if (/nothing was written|Annotation \d+ of \d+|refuse/i.test(message)) throw error;
    throw new Error(
      `The import was interrupted before Sourcelight confirmed it (${message}). Check the library and import the file again: highlights already in it are not added twice.`,
    );
  }
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The import summary: added, updated, unchanged, kept-newer and duplicates, never a silent skip. */
export function describeImport(outcome: ImportOutcome & { notOnAPassage?: number }, where: string): string {
  const elsewhere = outcome.toFileLayers ?? 0;
  const parts = [`${plural(outcome.added - elsewhere, 'highlight', 'highlights')} added to ${where}`];
  if (elsewhere > 0) parts.push(`${plural(elsewhere, 'highlight', 'highlights')} put back in the layers the file names`);
  if (outcome.updated > 0) parts.push(`${plural(outcome.updated, 'highlight', 'highlights')} updated to the file’s newer version`);
  if (outcome.unchanged > 0) parts.push(`${outcome.unchanged.toLocaleString('en-US')} already in the library, unchanged`);
  if (outcome.keptNewer > 0) {
    parts.push(`${plural(outcome.keptNewer, 'highlight', 'highlights')} kept as stored, because the library’s copy is newer than the file’s`);
  }
  if (outcome.duplicates > 0) parts.push(`${plural(outcome.duplicates, 'duplicate', 'duplicates')} skipped (the same highlight twice in one layer)`);
  if (outcome.notOnAPassage) {
    parts.push(`${plural(outcome.notOnAPassage, 'reply or page note', 'replies and page notes')} not imported (Sourcelight keeps highlights on a passage)`);
  }
  return `Imported: ${parts.join('; ')}.`;
}
