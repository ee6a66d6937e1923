import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../src/store/annotation.ts';
import { BUILTIN_CATEGORIES } from '../../../src/store/categories.ts';
import { CSV_COLUMNS, csvCell, exportCsv } from '../../../src/store/export-csv.ts';
import { escapeMarkdown, exportMarkdown } from '../../../src/store/export-markdown.ts';
import { LAVROV, LAVROV_URL, sel } from './helpers.ts';

function record(overrides: Partial<AnnotationRecord>): AnnotationRecord {
  return {
    id: 'r1', layerId: 'own', origin: 'reader', pageUrl: 'https://example.com/a', corpusId: null, selectors: sel('the quote', 5),
    categoryId: 'claim', note: '', tags: [], hidden: false, created: '2024-05-01T10:00:00.000Z', modified: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

/** A small RFC 4180 reader, to check the export parses back to the same cells (after the byte order mark). */
function parseCsv(withBom: string): string[][] {
  expect(withBom.startsWith('\uFEFF')).toBe(true);
  const text = withBom.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes per RFC 4180 and parses back to the same text', () => {
    const note = 'He said "no", then\nleft, quickly';
    const csv = exportCsv([record({ note, tags: ['a', 'b'] })], { categories: BUILTIN_CATEGORIES });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"He said ""no"", then\nleft, quickly"');
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]?.[CSV_COLUMNS.indexOf('Note')]).toBe(note);
    expect(rows[1]?.[CSV_COLUMNS.indexOf('Category')]).toBe('Claim');
    expect(rows[1]?.[CSV_COLUMNS.indexOf('Tags')]).toBe('a; b');
    expect(rows).toHaveLength(2);
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('neutralises formula %j', (value) => {
    const cell = csvCell(value);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${value}`);
  });

  it('leaves ordinary text alone and drops soft-deleted rows', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a,b')).toBe('"a,b"');
    const csv = exportCsv([record({ note: 'kept' }), record({ id: 'r2', note: 'gone', deletedAt: '2024-05-02T00:00:00Z' })], { categories: BUILTIN_CATEGORIES });
    expect(parseCsv(csv)).toHaveLength(2);
  });
});

describe('Markdown export', () => {
  it('escapes what Markdown or HTML would read as syntax, and nothing else', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(escapeMarkdown('**bold** [link](javascript:x) `code` ~~s~~ # h')).toBe('\\*\\*bold\\*\\* \\[link\\](javascript:x) \\`code\\` \\~\\~s\\~\\~ # h');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('# not a heading\n- not an item\n> not a quote')).toBe('\\# not a heading\n\\- not an item\n\\> not a quote');
    expect(escapeMarkdown('_emphasis_ but snake_case')).toBe('\\_emphasis\\_ but snake_case');
    expect(escapeMarkdown('&amp; is an entity, & alone is not')).toBe('\\&amp; is an entity, & alone is not');
  });

  it('leaves ordinary prose as written', () => {
    const prose = "Cold War-era talks (1990s): NATO's 'partners' + Russia = 100% #1 priority! Really? Yes.";
    expect(escapeMarkdown(prose)).toBe(prose);
  });

  it('groups by article, block-quotes the quote and keeps hostile notes inert', () => {
    const md = exportMarkdown(
      [
        record({ id: 'a', corpusId: LAVROV, pageUrl: LAVROV_URL, note: '<img src=x onerror=alert(1)>\n- not a list', selectors: sel('Line one\nLine two', 3) }),
        record({ id: 'b', corpusId: LAVROV, pageUrl: LAVROV_URL, origin: 'statement', categoryId: 'statement', statement: { kind: 'direct', speaker: 'Sergei Lavrov', anonymous: false, corrected: false }, selectors: sel('We are ready', 50) }),
        record({ id: 'c', pageUrl: 'https://example.com/other', tags: ['[x]'] }),
      ],
      { categories: BUILTIN_CATEGORIES, articleTitles: new Map([[LAVROV, "FM Lavrov says 'Russia-NATO relations are not frozen'"]]) },
    );
    expect(md).toContain("## FM Lavrov says 'Russia-NATO relations are not frozen'");
    expect(md).toContain(`Page: <${LAVROV_URL}>`);
    expect(md).toContain('> Line one\n> Line two');
    expect(md).toContain('\\<img src=x onerror=alert(1)>  \n\\- not a list');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    // The UI's words: "Statement · direct quote", "My highlight · Claim".
    expect(md).toContain('### Statement · direct quote · Sergei Lavrov');
    expect(md).toContain('### My highlight · Claim');
    expect(md).not.toMatch(/\(direct\)|indirect/);
    expect(md).toContain('## https://example.com/other');
    expect(md).toContain('Tags: \\[x\\]');
  });
});
