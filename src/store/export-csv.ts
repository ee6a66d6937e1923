// CSV export for classes (spreadsheets): RFC 4180 — comma-separated, CRLF line
// ends, fields with a comma, quote or line break in double quotes with inner
// quotes doubled. A cell that starts like a formula (= + - @, or a tab or CR
// that some spreadsheets skip before one) gets a leading apostrophe, so a
// hostile note cannot run as a formula when the file is opened.

import type { AnnotationRecord, Category, Layer } from './annotation.ts';

export const CSV_COLUMNS = [
  'Page',
  'Corpus article',
  'Layer',
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

/** The CSV text (header row first); soft-deleted records are left out. */
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
      categories.get(r.categoryId) ?? r.categoryId,
      r.selectors.quote.exact,
      r.note,
      r.tags.join('; '),
      r.statement?.speaker ?? (r.statement?.anonymous ? '(anonymous)' : ''),
      r.statement?.kind ?? '',
      r.hidden ? 'yes' : 'no',
      r.created,
      r.modified,
    ]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
