import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../src/store/annotation.ts';
import { exportHypothesis } from '../../../src/store/export-hypothesis.ts';
import { parseImport, parseImportDocument } from '../../../src/store/import.ts';
import { sel } from './helpers.ts';

const RECORD: AnnotationRecord = {
  id: '0b7e3c1a-51c4-4d0e-9f5e-2a6b8c9d0e1f', layerId: 'own', origin: 'reader', pageUrl: 'https://sputnikglobe.com/20080927/117172470.html', corpusId: null,
  selectors: sel('relations are not frozen', 120), categoryId: 'claim', note: 'Says who?', tags: ['week 3'], hidden: false,
  created: '2026-12-01T10:00:00.000Z', modified: '2026-12-01T11:00:00.000Z',
};

/** An annotation as Hypothesis exports it (RangeSelector first, as its client writes). */
function hypothesisAnnotation(overrides: Record<string, unknown> = {}) {
  return {
    id: 'AbCdEf123', created: '2026-11-30T09:00:00.000000+00:00', updated: '2026-11-30T09:05:00.000000+00:00', user: 'acct:ana@example.org',
    uri: 'https://sputnikglobe.com/20080927/117172470.html', text: 'The anonymous source again', tags: ['sources'], group: '__world__',
    target: [{ source: 'https://sputnikglobe.com/20080927/117172470.html', selector: [
      { type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 0, endContainer: '/div[1]/p[2]', endOffset: 20 },
      { type: 'TextPositionSelector', start: 400, end: 420 },
      { type: 'TextQuoteSelector', exact: 'a diplomatic source', prefix: 'said ', suffix: ' on' },
    ] }],
    document: { title: ['Lavrov'] },
    ...overrides,
  };
}

const hypothesisFile = (annotations: unknown[]) => JSON.stringify({ export_date: '2026-12-01T00:00:00.000Z', export_userid: 'acct:ana@example.org', client_version: '1.0', annotations });

describe('Hypothesis JSON', () => {
  it('exports in Hypothesis’s shape and imports back with quote, note and tags', () => {
    const text = exportHypothesis([RECORD, { ...RECORD, id: 'gone', deletedAt: '2026-12-01T12:00:00.000Z' }], { displayName: 'Week 3', now: new Date('2026-12-01T12:00:00Z') });
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['export_date', 'export_userid', 'client_version', 'annotations']);
    expect(doc.annotations).toHaveLength(1);
    expect(doc.annotations[0]).toMatchObject({ uri: RECORD.pageUrl, text: 'Says who?', tags: ['week 3'], updated: RECORD.modified, user_info: { display_name: 'Week 3' } });
    const [back] = parseImport(text).annotations;
    expect(back).toMatchObject({ note: 'Says who?', tags: ['week 3'], selectors: RECORD.selectors, modified: RECORD.modified, pageUrl: RECORD.pageUrl });
  });

  it('imports a Hypothesis export; replies and page notes are counted, not silently dropped', () => {
    const reply = hypothesisAnnotation({ id: 'reply1', references: ['AbCdEf123'], target: [{ source: 'https://sputnikglobe.com/20080927/117172470.html' }] });
    const pageNote = hypothesisAnnotation({ id: 'note1', target: [{ source: 'https://sputnikglobe.com/20080927/117172470.html' }] });
    const text = hypothesisFile([hypothesisAnnotation(), reply, pageNote]);
    expect(parseImportDocument(text).notOnAPassage).toBe(2);
    const { annotations } = parseImport(text);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ id: 'https://hypothes.is/a/AbCdEf123', note: 'The anonymous source again', tags: ['sources'], created: '2026-11-30T09:00:00.000Z' });
    expect(annotations[0]!.selectors.quote).toEqual({ type: 'TextQuoteSelector', exact: 'a diplomatic source', prefix: 'said ', suffix: ' on' });
  });

  it('refuses a file of replies only, and a bad annotation with the W3C checks’ message', () => {
    expect(() => parseImport(hypothesisFile([hypothesisAnnotation({ references: ['x'] })]))).toThrow(/only replies and page notes/);
    const noPosition = hypothesisAnnotation({ target: [{ source: 'https://sputnikglobe.com/x', selector: [{ type: 'TextQuoteSelector', exact: 'quote' }] }] });
    expect(() => parseImport(hypothesisFile([noPosition]))).toThrow(/Annotation 1 of 1: the target has no TextPositionSelector/);
  });
});
