import { describe, expect, it } from 'vitest';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { annotationIri, exportW3C, idFromIri, toW3CCollection } from '../../../src/store/export-w3c.ts';
import { applyImport, parseImport } from '../../../src/store/import.ts';
import { LAVROV, LAVROV_URL, sel, storesClosedAfterEach } from './helpers.ts';
import { makeValidators } from './w3c-schema.ts';

const validators = makeValidators();
const openStore = storesClosedAfterEach();

async function populated(): Promise<AnnotationStore> {
  const store = await openStore();
  const own = await store.addCategory({ label: 'Loaded wording', color: '#d6336c' });
  await store.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('relations are not frozen', 120), categoryId: 'claim', note: 'Compare with the Reuters copy.\nSecond line', tags: ['nato', 'lavrov'] });
  await store.add({ pageUrl: 'https://example.com/story', selectors: sel('"quoted" <words> & more', 0, '', ''), categoryId: own.id });
  await store.ensureStatements(LAVROV, LAVROV_URL, [
    { selectors: sel('“We are ready,”', 300), kind: 'direct', speaker: 'Sergei Lavrov', anonymous: false },
    { selectors: sel('officials said', 500), kind: 'indirect', speaker: null, anonymous: true },
  ]);
  const hiddenOne = await store.add({ pageUrl: 'https://example.com/story', selectors: sel('hidden bit', 50) });
  await store.update(hiddenOne.id, { hidden: true });
  const gone = await store.add({ pageUrl: 'https://example.com/story', selectors: sel('deleted bit', 70) });
  await store.softDelete(gone.id);
  return store;
}

describe('W3C Web Annotation export', () => {
  it('exports every annotation valid against the W3C schemas', async () => {
    const store = await populated();
    const collection = toW3CCollection(await store.listAll({ includeDeleted: true }), { categories: await store.listCategories() });
    expect(collection.total).toBe(5); // the soft-deleted one is left out
    expect(validators.collection(collection), JSON.stringify(validators.collection.errors)).toBe(true);
    expect(validators.page(collection.first), JSON.stringify(validators.page.errors)).toBe(true);
    for (const item of collection.first?.items ?? []) {
      expect(validators.annotation(item), JSON.stringify(validators.annotation.errors)).toBe(true);
    }
  });

  it('has a validator that does catch broken annotations', async () => {
    const store = await populated();
    const [item] = toW3CCollection(await store.listAll(), { categories: await store.listCategories() }).first?.items ?? [];
    const broken = [
      { ...item, '@context': 'http://example.com/other.jsonld' },
      { ...item, type: 'Note' },
      { ...item, id: 'not a uri' },
      { ...item, motivation: 'shouting' },
      { ...item, created: 'yesterday' },
      { ...item, target: { source: LAVROV_URL, selector: [{ type: 'TextPositionSelector', start: -1, end: 3 }] } },
      { ...item, target: { source: LAVROV_URL, selector: [{ type: 'TextQuoteSelector', prefix: 'no exact' }] } },
    ];
    for (const b of broken) expect(validators.annotation(b), JSON.stringify(b).slice(0, 200)).toBe(false);
  });

  it('maps ids to IRIs and back', () => {
    const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(annotationIri(uuid)).toBe(`urn:uuid:${uuid}`);
    expect(idFromIri(annotationIri(uuid))).toBe(uuid);
    const statementId = `statement:${LAVROV}:300-315`;
    expect(annotationIri(statementId)).toMatch(/^urn:sourcelight:id:statement%3A/);
    expect(idFromIri(annotationIri(statementId))).toBe(statementId);
    expect(idFromIri('https://hypothes.is/a/abc')).toBe('https://hypothes.is/a/abc');
  });

  it('round-trips through import into an empty store unchanged', async () => {
    const store = await populated();
    const before = await store.listAll();
    const text = exportW3C(before, { categories: await store.listCategories(), label: 'Class set' });
    const validated = parseImport(text);
    expect(validated.label).toBe('Class set');

    const target = await openStore();
    const outcome = await applyImport(target, validated);
    expect(outcome).toMatchObject({ added: 5, skipped: 0, layerId: 'own' });
    const after = await target.listAll();
    const strip = (rs: typeof before) => [...rs].sort((a, b) => a.id.localeCompare(b.id));
    expect(strip(after)).toEqual(strip(before));
    expect((await target.listCategories()).map((c) => c.label)).toContain('Loaded wording');

    // Importing the same file again adds nothing.
    expect(await applyImport(target, parseImport(text))).toMatchObject({ added: 0, skipped: 5 });
    expect(await target.listAll()).toHaveLength(5);
  });
});
