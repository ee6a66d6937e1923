// CSV export for classes (spreadsheets): RFC 4180 — comma-separated, CRLF line
// ends, fields with a comma, quote or line break in double quotes with inner
// quotes doubled. A cell that starts like a formula (= + - @, or a tab or CR
// that some spreadsheets skip before one) gets a leading apostrophe, so a
// hostile note cannot run as a formula when the file is opened. The text starts
// with a UTF-8 byte order mark: without it Excel reads the file as the system's
// legacy code page and garbles every accented letter and typographic quote.

import type { AnnotationRecord, Category, Layer } from './annotation.ts';
import { KIND_WORDS, originWord } from './export-words.ts';

export const CSV_COLUMNS = [
  'Page',
  'Corpus article',
  'Layer',
  'Kind',
  'Category',
  'Quote',
  'Note',
  'Tags',
  'Speaker',
  'Statement kind',
  'Hidden',
  'Created',
  'Modified',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field, neutralised against formula injection and quoted if needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvExportOptions {
  categories: readonly Category[];
  layers?: readonly Layer[];
}

/** Tells spreadsheets (Excel above all) that the file is UTF-8. */
export const CSV_BOM = '\uFEFF';

/** A whole CSV file: the byte order mark, then the rows, each ended by CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${CSV_BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The CSV text (byte order mark, header row first); soft-deleted records are left out. */
export function exportCsv(records: readonly AnnotationRecord[], options: CsvExportOptions): string {
  const categories = new Map(options.categories.map((c) => [c.id, c.label]));
  const layers = new Map((options.layers ?? []).map((l) => [l.id, l.name]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const r of records) {
    if (r.deletedAt !== undefined) continue;
    rows.push([
      r.pageUrl,
      r.corpusId ?? '',
      layers.get(r.layerId) ?? r.layerId,
      originWord(r),
      categories.get(r.categoryId) ?? r.categoryId,
      r.selectors.quote.exact,
      r.note,
      r.tags.join('; '),
      r.statement?.speaker ?? (r.statement?.anonymous ? '(unnamed source)' : ''),
      r.statement ? KIND_WORDS[r.statement.kind] : '',
      r.hidden ? 'yes' : 'no',
      r.created,
      r.modified,
    ]);
  }
  return csvText(rows);
}
