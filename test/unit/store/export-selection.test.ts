import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, Layer } from '../../../src/store/annotation.ts';
import { BUILTIN_CATEGORIES } from '../../../src/store/categories.ts';
import { CSV_COLUMNS, exportCsv } from '../../../src/store/export-csv.ts';
import { exportFileName, fileName, fileNamePart, selectForExport } from '../../../src/store/export-selection.ts';
import { sel } from './helpers.ts';

function record(overrides: Partial<AnnotationRecord>): AnnotationRecord {
  return {
    id: 'r1', layerId: 'own', origin: 'reader', pageUrl: 'https://example.com/a', corpusId: null, selectors: sel('the quote', 5),
    categoryId: 'claim', note: '', tags: [], hidden: false, created: '2024-05-01T10:00:00.000Z', modified: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

const LAYERS: Layer[] = [
  { id: 'own', name: 'My highlights', kind: 'own' },
  { id: 'teacher', name: 'Ms Rivera: NATO unit', kind: 'imported' },
];

const RECORDS = [
  record({ id: 'mine', note: 'about NATO', tags: ['Sources'] }),
  record({ id: 'mine-2', note: 'other' }),
  record({ id: 'found', origin: 'statement', categoryId: 'statement', statement: { kind: 'indirect', speaker: null, anonymous: true, corrected: false } }),
  record({ id: 'teachers', layerId: 'teacher', note: 'about NATO' }),
  record({ id: 'hidden', hidden: true, note: 'hidden from the page' }),
];
const context = { categories: BUILTIN_CATEGORIES, articleTitles: new Map<string, string>() };
const ids = (records: AnnotationRecord[]) => records.map((r) => r.id).sort();

describe('an export follows what the reader chose in the library', () => {
  it('takes only the chosen layer and kind: no statements, no teacher layer in "My highlights"', () => {
    expect(ids(selectForExport(RECORDS, { query: '', filter: { layerId: 'own', origin: 'reader' } }, context))).toEqual(['hidden', 'mine', 'mine-2']);
    expect(ids(selectForExport(RECORDS, { query: '', filter: { origin: 'statement' } }, context))).toEqual(['found']);
    // Highlights hidden from the page are still the reader's: a backup keeps them.
    expect(ids(selectForExport(RECORDS, { query: '', filter: {} }, context))).toEqual(['found', 'hidden', 'mine', 'mine-2', 'teachers']);
  });

  it('takes the search and the tag filter (tags without case)', () => {
    expect(ids(selectForExport(RECORDS, { query: 'nato', filter: {} }, context))).toEqual(['mine', 'teachers']);
    expect(ids(selectForExport(RECORDS, { query: '', filter: { tag: 'sources' } }, context))).toEqual(['mine']);
  });

  it('names the file after what it holds', () => {
    const name = exportFileName({ query: 'NATO', filter: { layerId: 'teacher', origin: 'reader', tag: 'Sources' } }, LAYERS, '2026-12-01', 'csv');
    expect(name).toBe('sourcelight — Ms Rivera NATO unit — my highlights — tag Sources — search NATO — 2026-12-01.csv');
    expect(exportFileName({ query: '', filter: {} }, LAYERS, '2026-12-01', 'jsonld')).toBe('sourcelight — all layers — 2026-12-01.jsonld');
  });

  it('keeps file names safe on every file system', () => {
    expect(fileNamePart('../a/b\\c:d*e?"f"<g>|h\u0000')).toBe('a b c d e f g h');
    expect(fileName(['x'.repeat(500)], '2026-12-01', 'md').length).toBeLessThanOrEqual(153);
  });
});

describe('CSV export in the UI’s words', () => {
  it('says "Statement" and "reported speech", not the internal kind names', () => {
    const csv = exportCsv(RECORDS, { categories: BUILTIN_CATEGORIES, layers: LAYERS });
    const lines = csv.slice(1).split('\r\n');
    const header = lines[0]!.split(',');
    const found = lines.find((l) => l.includes('reported speech'))!.split(',');
    expect(found[header.indexOf('Kind')]).toBe('Statement');
    expect(found[header.indexOf('Speaker')]).toBe('(unnamed source)');
    expect(csv).not.toContain(',indirect,');
    expect(header).toEqual([...CSV_COLUMNS]);
  });
});
