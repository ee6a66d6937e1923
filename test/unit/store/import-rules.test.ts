// Import rules of the "nothing lost" work: notes stay plain text, duplicates
// count within one layer only, a re-imported file updates what it changed,
// and a file of any size travels in checked chunks and is written whole or
// not at all.
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/store/errors.ts';
import { exportW3C, SOURCELIGHT_KEY } from '../../../src/store/export-w3c.ts';
import { applyImport, type Json, parseImport, parseImportDocument } from '../../../src/store/import.ts';
import { chunkImportItems } from '../../../src/store/import-chunks.ts';
import { ImportSessions, SESSION_GONE } from '../../../src/store/import-session.ts';
import { LAVROV, LAVROV_URL, storesClosedAfterEach } from './helpers.ts';

const store = storesClosedAfterEach();

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function item(n: number, overrides: { note?: string; modified?: string; id?: string; quote?: string } = {}) {
  const quote = overrides.quote ?? `passage ${n}`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${overrides.id ?? uuid(n)}`,
    type: 'Annotation',
    created: '2024-03-01T09:00:00.000Z',
    modified: overrides.modified ?? '2024-03-01T09:00:00.000Z',
    body: overrides.note ? [{ type: 'TextualBody', value: overrides.note, purpose: 'commenting' }] : [],
    target: {
      source: LAVROV_URL,
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'a ', suffix: ' b' },
        { type: 'TextPositionSelector', start: n * 100, end: n * 100 + quote.length },
      ],
    },
    [SOURCELIGHT_KEY]: { origin: 'reader', corpusId: LAVROV, hidden: false, category: { id: 'claim', label: 'Claim', color: '#1c7ed6' } },
  };
}

const file = (items: unknown[]) => JSON.stringify({ type: 'AnnotationCollection', label: 'x', first: { type: 'AnnotationPage', items } });

describe('notes and quotes are plain text', () => {
  it('stores and exports a note about javascript: and a quote of <img onerror> exactly as written', async () => {
    const s = await store();
    const note = 'The link was javascript:alert(document.cookie) — and <script>alert(1)</script>';
    const quote = 'the page said <img src=x onerror=alert(1)>';
    const outcome = await applyImport(s, parseImport(file([item(1, { note, quote })])));
    expect(outcome.added).toBe(1);
    const [stored] = await s.listAll();
    expect(stored?.note).toBe(note);
    expect(stored?.selectors.quote.exact).toBe(quote);
    const again = parseImport(exportW3C(await s.listAll(), { categories: await s.listCategories() }));
    expect(again.annotations[0]?.note).toBe(note);
  });
});

describe('duplicates within one layer only', () => {
  it("keeps every student's highlights of the same passages, each file in its own layer", async () => {
    const s = await store();
    // Three students highlight the same three passages without notes (their own ids, as their exports have).
    const layers: string[] = [];
    for (const student of [1, 2, 3]) {
      const items = [1, 2, 3].map((n) => item(n, { id: uuid(student * 1000 + n) }));
      const outcome = await applyImport(s, parseImport(file(items)), { asLayer: `Student ${student}` });
      expect(outcome).toMatchObject({ added: 3, duplicates: 0, skipped: 0 });
      layers.push(outcome.layerId!);
    }
    expect(new Set(layers).size).toBe(3);
    for (const layerId of layers) expect(await s.listLayer(layerId)).toHaveLength(3);
    expect(await s.listAll()).toHaveLength(9);
  });

  it('counts the same highlight twice within one layer as one', async () => {
    const s = await store();
    const first = await applyImport(s, parseImport(file([item(1), item(2)])));
    expect(first).toMatchObject({ added: 2, layerId: 'own' });
    // The same passages under new ids, into the same (own) layer: duplicates.
    const again = await applyImport(s, parseImport(file([item(1, { id: uuid(501) }), item(2, { id: uuid(502) }), item(2, { id: uuid(503) })])));
    expect(again).toMatchObject({ added: 0, duplicates: 3, skipped: 3, layerId: null });
    expect(await s.listAll()).toHaveLength(2);
  });
});

describe('re-importing an updated file', () => {
  it('updates in place what the file changed later, keeps what the store changed later, and says so', async () => {
    const s = await store();
    const set = await applyImport(s, parseImport(file([item(1, { note: 'v1' }), item(2, { note: 'v1' }), item(3, { note: 'v1' })])), { asLayer: 'Teacher' });
    expect(set.added).toBe(3);
    // The reader edits annotation 3 in the store now (2024-05-01 by the test clock), after the teacher's correction.
    await s.update(uuid(3), { note: 'my own change' });

    const corrected = file([
      item(1, { note: 'v2: corrected', modified: '2024-04-01T00:00:00.000Z' }),
      item(2, { note: 'v1' }),
      item(3, { note: 'v2 from the teacher', modified: '2024-04-01T00:00:00.000Z' }),
      item(4, { note: 'new' }),
    ]);
    // Imported as another layer: updates still land in the layer each record lives in; only the new one goes to the new layer.
    const outcome = await applyImport(s, parseImport(corrected), { asLayer: 'Teacher (corrected)' });
    expect(outcome).toMatchObject({ added: 1, updated: 1, unchanged: 1, keptNewer: 1, duplicates: 0, skipped: 2 });
    expect((await s.get(uuid(1)))?.note).toBe('v2: corrected');
    expect((await s.get(uuid(1)))?.layerId).toBe(set.layerId);
    expect((await s.get(uuid(1)))?.modified).toBe('2024-04-01T00:00:00.000Z');
    expect((await s.get(uuid(3)))?.note).toBe('my own change');
    expect((await s.get(uuid(4)))?.layerId).toBe(outcome.layerId);
  });

  it('creates no empty layer when nothing new arrives', async () => {
    const s = await store();
    await applyImport(s, parseImport(file([item(1, { note: 'v1' })])), { asLayer: 'Teacher' });
    const outcome = await applyImport(s, parseImport(file([item(1, { note: 'v2', modified: '2025-01-01T00:00:00.000Z' })])), { asLayer: 'Teacher again' });
    expect(outcome).toMatchObject({ added: 0, updated: 1, layerId: null });
    expect((await s.listLayers()).map((l) => l.name)).toEqual(['My highlights', 'Teacher']);
  });

  it('brings back a highlight that was deleted but not yet purged', async () => {
    const s = await store();
    await applyImport(s, parseImport(file([item(1, { note: 'keep me' })])));
    await s.softDelete(uuid(1));
    const outcome = await applyImport(s, parseImport(file([item(1, { note: 'keep me' })])));
    expect(outcome.added).toBe(1);
    expect((await s.get(uuid(1)))?.deletedAt).toBeUndefined();
  });
});

describe('a file of any size, in checked chunks', () => {
  const big = (n: number) => Array.from({ length: n }, (_, i) => item(i + 1, { note: `note ${i + 1} `.repeat(20) }));

  it('splits the annotations into chunks under the size limit, in order, none lost', () => {
    const items = big(500) as unknown as Json[];
    const chunks = chunkImportItems(items, 20_000);
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(20_000);
    expect(chunks.map((c) => c.offset)).toEqual(chunks.map((_, i) => chunks.slice(0, i).reduce((sum, x) => sum + x.count, 0)));
    expect(chunks.flatMap((c) => JSON.parse(c.text))).toEqual(items);
  });

  it('imports 5,000 annotations through begin → chunks → commit, every field equal', { timeout: 60_000 }, async () => {
    const s = await store();
    const text = file(big(5_000));
    const doc = parseImportDocument(text);
    const sessions = new ImportSessions(() => new Date('2024-06-01T00:00:00Z'));
    const id = sessions.begin({ total: doc.items.length, layerName: 'Backup' });
    for (const chunk of chunkImportItems(doc.items, 100_000)) sessions.addChunk(id, chunk.offset, chunk.text);
    const outcome = await sessions.commit(id, s);
    expect(outcome).toMatchObject({ added: 5_000, skipped: 0 });
    const stored = new Map((await s.listAll()).map((r) => [r.id, r]));
    const expected = parseImport(text).annotations;
    for (const a of expected) expect(stored.get(a.id)).toEqual({ ...a, layerId: outcome.layerId });
  });

  it('re-checks every chunk in the worker with the same rules, and a refused chunk ends the import with nothing written', async () => {
    const s = await store();
    const sessions = new ImportSessions();
    const id = sessions.begin({ total: 2 });
    const bad = JSON.stringify([item(1, { note: 'bell\u0007' })]);
    expect(() => sessions.addChunk(id, 0, bad)).toThrow(/Annotation 1 of 2: The note contains control characters/);
    await expect(sessions.commit(id, s)).rejects.toThrow(SESSION_GONE);
    const polluted = sessions.begin({ total: 1 });
    expect(() => sessions.addChunk(polluted, 0, '[{"__proto__": {"x": 1}}]')).toThrow(/the key "__proto__"/);
    // Spelled with escapes, the key is still found.
    const escaped = sessions.begin({ total: 1 });
    expect(() => sessions.addChunk(escaped, 0, '[{"\\u005f_proto__": {"x": 1}}]')).toThrow(/the key "__proto__"/);
    expect(await s.listAll()).toEqual([]);
  });

  it('refuses a missing or misplaced chunk, and a commit before every annotation arrived', async () => {
    const s = await store();
    const sessions = new ImportSessions();
    const chunks = chunkImportItems([item(1), item(2), item(3)] as unknown as Json[], 1_000);
    expect(chunks).toHaveLength(3);
    const skipped = sessions.begin({ total: 3 });
    sessions.addChunk(skipped, 0, chunks[0]!.text);
    expect(() => sessions.addChunk(skipped, chunks[2]!.offset, chunks[2]!.text)).toThrow(/went missing/);
    const short = sessions.begin({ total: 3 });
    sessions.addChunk(short, 0, chunks[0]!.text);
    await expect(sessions.commit(short, s)).rejects.toThrow(/Only 1 of 3 annotations arrived; nothing was written/);
    expect(await s.listAll()).toEqual([]);
  });

  it('says in words that an import whose worker restarted is gone', async () => {
    // A new worker has a new, empty set of sessions.
    const restarted = new ImportSessions();
    expect(() => restarted.addChunk('from-before', 0, '[]')).toThrow(ImportError);
    expect(() => restarted.addChunk('from-before', 0, '[]')).toThrow(/interrupted .* nothing was written/);
  });

  it('keeps a sane upper bound with a clear message', () => {
    expect(() => new ImportSessions().begin({ total: 1_000_001 })).toThrow(/imports at most 1000000/);
    const three = file([item(1), item(2), item(3)]);
    expect(() => parseImportDocument(three, { maxAnnotations: 2 })).toThrow(/holds 3 annotations; Sourcelight imports at most 2 at a time/);
    expect(() => parseImportDocument(three, { maxBytes: 100 })).toThrow(/too large/);
  });
});
