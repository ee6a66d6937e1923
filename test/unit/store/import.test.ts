import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { ImportError, StoreFullError } from '../../../src/store/errors.ts';
import { exportW3C, SOURCELIGHT_KEY } from '../../../src/store/export-w3c.ts';
import { applyImport, parseImport } from '../../../src/store/import.ts';
import { LAVROV, LAVROV_URL, LAVROV_URL_2, openTestStore, sel } from './helpers.ts';

let stores: AnnotationStore[] = [];
afterEach(() => {
  for (const s of stores) s.close();
  stores = [];
  vi.restoreAllMocks();
});

async function store(): Promise<AnnotationStore> {
  const s = await openTestStore();
  stores.push(s);
  return s;
}

function annotation(overrides: Record<string, unknown> = {}, n = 1) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: '2024-03-01T09:00:00Z',
    body: [
      { type: 'TextualBody', value: `Teacher note ${n}`, purpose: 'commenting' },
      { type: 'TextualBody', value: 'Evidence', purpose: 'classifying' },
    ],
    target: {
      source: LAVROV_URL,
      selector: [
        { type: 'TextQuoteSelector', exact: `quote ${n}`, prefix: 'a ', suffix: ' b' },
        { type: 'TextPositionSelector', start: n * 10, end: n * 10 + 7 },
      ],
    },
    ...overrides,
  };
}

const file = (items: unknown[]) => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:5b7c2d3e-0000-4000-8000-000000000000', type: 'AnnotationCollection', label: 'Ms Rivera', total: items.length, first: { type: 'AnnotationPage', items } });

async function seededStore(): Promise<AnnotationStore> {
  const s = await store();
  await s.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('mine', 1), note: 'my note' });
  return s;
}

async function snapshot(s: AnnotationStore) {
  return { all: await s.listAll({ includeDeleted: true }), layers: await s.listLayers(), categories: await s.listCategories() };
}

describe('parseImport refuses bad files with a clear message', () => {
  it.each([
    ['not JSON', '{"type": "Annotation",', /not valid JSON/],
    ['empty', '   ', /empty/],
    ['not annotations', '{"hello": 1}', /not a Web Annotation file/],
    ['no annotations', file([]), /holds no annotations/],
    ['linked first page', JSON.stringify({ type: 'AnnotationCollection', first: 'https://example.com/page1' }), /does not embed/],
    ['missing quote', file([annotation({ target: { source: LAVROV_URL, selector: [{ type: 'TextPositionSelector', start: 0, end: 3 }] } })]), /Annotation 1 of 1: the target has no TextQuoteSelector/],
    ['bad range', file([annotation({ target: { source: LAVROV_URL, selector: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'TextPositionSelector', start: 9, end: 3 }] } })]), /not a valid range/],
    ['javascript source', file([annotation({ target: { source: 'javascript:alert(1)', selector: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'TextPositionSelector', start: 0, end: 1 }] } })]), /web pages only/],
    ['ftp source', file([annotation({ target: { source: 'ftp://example.com/x', selector: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'TextPositionSelector', start: 0, end: 1 }] } })]), /web pages only/],
    ['bad date', file([annotation({ created: 'last Tuesday' })]), /not a date-time/],
    ['not an IRI id', file([annotation({ id: 'just words' })]), /is not an IRI/],
    ['bad colour', file([annotation({ [SOURCELIGHT_KEY]: { origin: 'reader', corpusId: null, hidden: false, category: { id: 'cat-x', label: 'X', color: 'red;background:url(x)' } } })]), /not a #rrggbb colour/],
  ])('%s', (_name, text, message) => {
    expect(() => parseImport(text)).toThrow(ImportError);
    expect(() => parseImport(text)).toThrow(message);
  });

  it.each([
    ['<script> in a note', '<script>alert(1)</script>'],
    ['event handler markup', 'look <img src=x onerror=alert(1)>'],
    ['javascript: link', 'see javascript:alert(1)'],
  ])('keeps %s as the plain text it is', (_name, note) => {
    const text = file([annotation(), annotation({ body: [{ type: 'TextualBody', value: note, purpose: 'commenting' }] }, 2)]);
    expect(parseImport(text).annotations[1]?.note).toBe(note);
  });

  it('refuses control characters in a note (they cannot be annotation text)', () => {
    const text = file([annotation(), annotation({ body: [{ type: 'TextualBody', value: 'bell\u0007', purpose: 'commenting' }] }, 2)]);
    expect(() => parseImport(text)).toThrow(/Annotation 2 of 2: The note contains control characters/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the prototype-pollution key %s anywhere', (key) => {
    const text = file([annotation()]).replace('"motivation"', `"${key}": {"polluted": true}, "motivation"`);
    expect(() => parseImport(text)).toThrow(new RegExp(`the key "${key}"`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses oversized files and too many annotations', () => {
    const text = file([annotation({ body: [{ type: 'TextualBody', value: 'é'.repeat(600), purpose: 'commenting' }] })]);
    expect(() => parseImport(text, { maxBytes: 1000 })).toThrow(/too large \(over 1 KB/);
    const bytes = new TextEncoder().encode(text).byteLength;
    expect(() => parseImport(text, { maxBytes: bytes - 1 })).toThrow(/too large \(2 KB; the import limit is 2 KB\)/);
    expect(() => parseImport(file([annotation({}, 1), annotation({}, 2), annotation({}, 3)]), { maxAnnotations: 2 })).toThrow(
      /holds 3 annotations; Sourcelight imports at most 2/,
    );
    expect(() => parseImport(file([annotation({ body: { type: 'TextualBody', value: 'x'.repeat(20_001) } })]))).toThrow(/note is too long/);
  });

  it('refuses deeply nested JSON without crashing', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(() => parseImport(deep, { maxBytes: 1_000_000 })).toThrow(ImportError);
  });

  it('keeps a plain-text note with angle brackets and ampersands as text', () => {
    const v = parseImport(file([annotation({ body: { type: 'TextualBody', value: 'x < y & "z" > w', purpose: 'commenting' } })]));
    expect(v.annotations[0]?.note).toBe('x < y & "z" > w');
  });

  it('reads a foreign tool\'s annotation: classifying label to a category or a tag', () => {
    const v = parseImport(JSON.stringify([annotation(), annotation({ body: [{ type: 'TextualBody', value: 'Bias', purpose: 'classifying' }], bodyValue: undefined }, 2)]));
    expect(v.annotations.map((a) => a.categoryId)).toEqual(['evidence', 'quote']);
    expect(v.annotations[1]?.tags).toEqual(['Bias']);
    expect(v.annotations[0]?.pageUrl).toBe(LAVROV_URL);
  });
});

describe('applyImport', () => {
  it('imports a teacher\'s file as a separate layer and skips duplicates within it only', async () => {
    const s = await seededStore();
    const dupOfMine = annotation({ body: [{ type: 'TextualBody', value: 'my note', purpose: 'commenting' }], target: { source: LAVROV_URL_2, selector: [{ type: 'TextQuoteSelector', exact: 'mine', prefix: 'before ', suffix: ' after' }, { type: 'TextPositionSelector', start: 1, end: 5 }] }, [SOURCELIGHT_KEY]: { origin: 'reader', corpusId: LAVROV, hidden: false, category: { id: 'quote', label: 'Quote', color: '#1c7ed6' } } }, 9);
    const items = [annotation({}, 1), annotation({}, 2), annotation({}, 1), dupOfMine];
    const outcome = await applyImport(s, parseImport(file(items)), { asLayer: 'Ms Rivera — NATO unit', sourceName: 'rivera.jsonld' });
    // The same highlight as the reader's own, in another layer, is the teacher's own: kept. Annotation 1 twice is one.
    expect(outcome).toMatchObject({ added: 3, duplicates: 1, skipped: 1 });
    const layers = await s.listLayers();
    expect(layers.map((l) => l.name)).toEqual(['My highlights', 'Ms Rivera — NATO unit']);
    expect(layers[1]).toMatchObject({ kind: 'imported', sourceName: 'rivera.jsonld' });
    const teacher = await s.listLayer(outcome.layerId!);
    expect(teacher.map((r) => r.note).sort()).toEqual(['Teacher note 1', 'Teacher note 2', 'my note']);
    expect(teacher.filter((r) => r.categoryId === 'evidence')).toHaveLength(2);

    // Deleting the layer takes its highlights and nothing else.
    expect(await s.deleteLayer(outcome.layerId!)).toBe(3);
    expect((await s.listAll()).map((r) => r.note)).toEqual(['my note']);
  });

  it('leaves the store untouched when a file is refused', async () => {
    const s = await seededStore();
    const before = await snapshot(s);
    const hostile = file([annotation({}, 1), annotation({ body: { type: 'TextualBody', value: 'x\u0000y' } }, 2)]);
    await expect((async () => applyImport(s, parseImport(hostile), { asLayer: 'X' }))()).rejects.toThrow(ImportError);
    expect(await snapshot(s)).toEqual(before);
  });

  it('writes nothing when the disk fills up mid-import (QuotaExceededError → StoreFullError)', async () => {
    const s = await seededStore();
    const before = await snapshot(s);
    const items = Array.from({ length: 20 }, (_, i) => annotation({ [SOURCELIGHT_KEY]: { origin: 'reader', corpusId: null, hidden: false, category: { id: `cat-t${i % 3}`, label: `Teacher ${i % 3}`, color: '#d6336c' } } }, i + 1));
    const validated = parseImport(file(items));
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls++;
      if (calls === 12) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const failure = applyImport(s, validated, { asLayer: 'Ms Rivera' });
    await expect(failure).rejects.toThrow(StoreFullError);
    await expect(failure).rejects.toThrow(/storage for the extension is full\. Nothing was changed/);
    expect(calls).toBe(12); // the layer, categories and some records were already written in the transaction
    vi.restoreAllMocks();
    expect(await snapshot(s)).toEqual(before);

    // And once there is room again the same import goes through whole.
    expect(await applyImport(s, validated, { asLayer: 'Ms Rivera' })).toMatchObject({ added: 20, skipped: 0 });
  });

  it('turns a quota failure on a single save into StoreFullError', async () => {
    const s = await store();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(s.add({ pageUrl: LAVROV_URL, selectors: sel('x', 0) })).rejects.toThrow(StoreFullError);
    vi.restoreAllMocks();
    expect(await s.listAll()).toEqual([]);
  });

  it('imports an export of statements once and keeps corrections', async () => {
    const teacher = await store();
    await teacher.ensureStatements(LAVROV, LAVROV_URL, [{ selectors: sel('“We are ready,”', 300), kind: 'direct', speaker: 'Lavrov', anonymous: false }]);
    const [st] = await teacher.listAll();
    await teacher.update(st!.id, { statement: { speaker: 'Sergei Lavrov' } });
    const text = exportW3C(await teacher.listAll(), { categories: await teacher.listCategories() });
    const student = await store();
    const outcome = await applyImport(student, parseImport(text), { asLayer: 'Teacher' });
    expect(outcome.added).toBe(1);
    const [imported] = await student.listAll();
    expect(imported?.statement).toEqual({ kind: 'direct', speaker: 'Sergei Lavrov', anonymous: false, corrected: true });
    // The student's own first recognition keeps the teacher's copy rather than adding a second.
    expect(await student.ensureStatements(LAVROV, LAVROV_URL_2, [{ selectors: sel('“We are ready,”', 300), kind: 'direct', speaker: 'Lavrov', anonymous: false }])).toEqual({ firstRecognition: true, added: 0 });
  });
});
