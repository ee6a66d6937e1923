import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, Layer } from '../../../src/store/annotation.ts';
import { CLASS_SET_KEY, type ClassSetSummary, exportClassSet, makeClassSet, parseClassSet } from '../../../src/store/class-set.ts';
import { buildClassView } from '../../../src/store/class-view.ts';
import { CLASS_VIEW_COLUMNS, exportClassViewCsv } from '../../../src/store/export-class-view-csv.ts';
import { sel } from './helpers.ts';

const ARTICLE = { corpusId: 'art-1', title: 'An article', url: 'https://example.com/a' };
const SET: ClassSetSummary = makeClassSet({ title: 'Week 3', teacher: 'Ms Rivera', articles: [ARTICLE], roster: ['Ana', 'ben', 'Chloé', ' '] }, new Date('2026-12-01T10:00:00Z'), () => '00000000-0000-4000-8000-000000000001');
const SET_LAYER: Layer = { id: 'classset-x', name: 'Week 3', kind: 'imported', classSet: { ...SET, role: 'teacher' } };
const handIn = (id: string, student: string): Layer => ({ id, name: student, kind: 'imported', handIn: { setId: SET.id, setTitle: 'Week 3', student, handedIn: '2026-12-02T10:00:00.000Z' } });

function rec(id: string, layerId: string, quote: string, start: number, note = ''): AnnotationRecord {
  return { id, layerId, origin: 'reader', pageUrl: 'https://example.com/a', corpusId: 'art-1', selectors: sel(quote, start), categoryId: 'claim', note, tags: [], hidden: false, created: '2026-12-01T10:00:00.000Z', modified: '2026-12-01T10:00:00.000Z' };
}

describe('class view', () => {
  const layers = [SET_LAYER, handIn('h-ana', 'Ana'), handIn('h-ben', 'Ben'), { id: 'other', name: 'Other', kind: 'imported' } as Layer];
  const records = [
    rec('p', 'classset-x', 'the anonymous source', 100, 'Who is the source?'),
    rec('a1', 'h-ana', 'the anonymous source said', 100, 'unnamed!'),
    rec('b1', 'h-ben', 'anonymous source', 104),
    rec('b2', 'h-ben', 'a later passage', 300, 'odd'),
    rec('o1', 'other', 'the anonymous source', 100, 'not a student'),
    { ...rec('a2', 'h-ana', 'deleted one', 500), deletedAt: '2026-12-02T00:00:00.000Z' },
  ];
  const view = buildClassView(SET_LAYER, layers, records);

  it('groups overlapping highlights into one passage, with the prompt, who found it and their notes', () => {
    const [first, second] = view.articles[0]!.passages;
    expect(view.articles[0]!.passages).toHaveLength(2);
    expect(first).toMatchObject({ quote: 'the anonymous source', prompt: 'Who is the source?', found: 2 });
    expect(first!.students.map((s) => [s.student, s.note])).toEqual([['Ana', 'unnamed!'], ['Ben', '']]);
    expect(second).toMatchObject({ quote: 'a later passage', prompt: null, found: 1 });
  });

  it('knows who handed in and who has not (names compared without case), other layers and deleted highlights left out', () => {
    expect(view.handedIn).toEqual(['Ana', 'Ben']);
    expect(view.missing).toEqual(['Chloé']);
    expect(JSON.stringify(view)).not.toContain('not a student');
    expect(JSON.stringify(view)).not.toContain('deleted one');
  });

  it('exports as CSV with a byte order mark: a row per student per passage, and who has not handed in', () => {
    const csv = exportClassViewCsv(view);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CLASS_VIEW_COLUMNS.join(','));
    expect(lines.slice(1)).toEqual([
      'An article,the anonymous source,Who is the source?,2,2,Ana,unnamed!',
      'An article,the anonymous source,Who is the source?,2,2,Ben,',
      'An article,a later passage,,1,2,Ben,odd',
      ',,,,,Chloé,not handed in',
    ]);
  });
});

describe('class set file', () => {
  it('round-trips through export and parse, without the class list', () => {
    const text = exportClassSet(SET, [rec('p', 'classset-x', 'the anonymous source', 100, 'Who?')], []);
    const parsed = parseClassSet(text);
    expect(parsed.set).toEqual({ id: SET.id, title: 'Week 3', teacher: 'Ms Rivera', articles: [ARTICLE], created: SET.created });
    expect(parsed.prompts.map((p) => p.note)).toEqual(['Who?']);
    expect(text).not.toContain('Chloé');
  });

  it('refuses what is not a set, a set without articles, and a newer format, with a clear message', () => {
    const good = JSON.parse(exportClassSet(SET, [], []));
    expect(() => parseClassSet('{"type":"AnnotationCollection"}')).toThrow(/not a Sourcelight class set/);
    expect(() => parseClassSet(JSON.stringify({ ...good, [CLASS_SET_KEY]: { ...good[CLASS_SET_KEY], articles: [] } }))).toThrow(/names no articles/);
    expect(() => parseClassSet(JSON.stringify({ ...good, [CLASS_SET_KEY]: { ...good[CLASS_SET_KEY], version: 9 } }))).toThrow(/newer version of Sourcelight/);
    expect(() => parseClassSet(JSON.stringify({ ...good, [CLASS_SET_KEY]: { ...good[CLASS_SET_KEY], title: '<b>\u0007</b>' } }))).toThrow();
  });

  it('checks what the teacher typed', () => {
    expect(() => makeClassSet({ title: ' ', teacher: 'T', articles: [ARTICLE] }, new Date())).toThrow(/title is empty/);
    expect(() => makeClassSet({ title: 'T', teacher: 'T', articles: [] }, new Date())).toThrow(/at least one article/);
    expect(SET.roster).toEqual(['Ana', 'ben', 'Chloé']);
  });
});
