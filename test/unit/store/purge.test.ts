// Deletes become final: after the undo (dismissed, or its window over) or at
// once on "delete permanently", a highlight leaves nothing of its text in any
// object store, and exports page through live records only.
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { openSourcelightDb } from '../../../src/store/open-store.ts';
import { UNDO_WINDOW_MS } from '../../../src/store/undo-window.ts';
import { freshFactory, LAVROV, LAVROV_URL, sel } from './helpers.ts';

const NOTE = 'secret note about the unnamed source';
let opened: { close(): void }[] = [];
afterEach(() => {
  for (const s of opened) s.close();
  opened = [];
});

/** Every value of every object store, as text: what a dump of the database would show. */
async function dumpAll(factory: IDBFactory): Promise<string> {
  const db = await openSourcelightDb(factory);
  try {
    const dump: Record<string, unknown[]> = {};
    for (const name of db.objectStoreNames) dump[name] = await db.getAll(name);
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}

async function setup(clock: { t: number }) {
  const factory = freshFactory();
  const s = await AnnotationStore.open(factory, { now: () => new Date(clock.t) });
  opened.push(s);
  const r = await s.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('the quoted passage', 5), note: NOTE, tags: ['private-tag'] });
  return { factory, s, r };
}

describe('purge', () => {
  it('wipes a deleted highlight when its undo is dismissed, leaving none of its text in any store', async () => {
    const clock = { t: Date.parse('2024-05-01T10:00:00Z') };
    const { factory, s, r } = await setup(clock);
    expect(await dumpAll(factory)).toContain(NOTE);
    await s.softDelete(r.id);
    expect(await dumpAll(factory)).toContain(NOTE); // undo still possible
    expect(await s.purge(r.id, { onlyIfDeleted: true })).toBe(true);
    const dump = await dumpAll(factory);
    for (const word of [NOTE, 'the quoted passage', 'private-tag', r.id]) expect(dump).not.toContain(word);
    await expect(s.restore(r.id)).rejects.toThrow(/deleted for good/);
  });

  it('leaves a highlight whose delete was undone when the undo toast is dismissed later', async () => {
    const { s, r } = await setup({ t: Date.parse('2024-05-01T10:00:00Z') });
    await s.softDelete(r.id);
    await s.restore(r.id);
    expect(await s.purge(r.id, { onlyIfDeleted: true })).toBe(false);
    expect((await s.get(r.id))?.note).toBe(NOTE);
  });

  it('deletes permanently at once', async () => {
    const { factory, s, r } = await setup({ t: Date.parse('2024-05-01T10:00:00Z') });
    expect(await s.purge(r.id)).toBe(true);
    expect(await dumpAll(factory)).not.toContain(NOTE);
    expect(await s.purge(r.id)).toBe(false);
  });

  it('purges what was deleted longer ago than the undo window, and only that', async () => {
    const clock = { t: Date.parse('2024-05-01T10:00:00Z') };
    const { factory, s, r } = await setup(clock);
    const other = await s.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('recent', 50), note: 'deleted just now' });
    await s.softDelete(r.id);
    clock.t += UNDO_WINDOW_MS + 1_000;
    await s.softDelete(other.id);
    const cutoff = new Date(clock.t - UNDO_WINDOW_MS);
    expect(await s.purgeDeleted(cutoff)).toBe(1);
    const dump = await dumpAll(factory);
    expect(dump).not.toContain(NOTE);
    expect(dump).toContain('deleted just now');
    expect((await s.stats()).deleted).toBe(1);
  });
});

describe('listPage (exports of any size)', () => {
  it('pages through live records in key order, none twice, deleted ones left out', async () => {
    const factory = freshFactory();
    let n = 0;
    const s = await AnnotationStore.open(factory, { newId: () => `id-${String(++n).padStart(4, '0')}` });
    opened.push(s);
    for (let i = 0; i < 25; i++) await s.add({ pageUrl: LAVROV_URL, selectors: sel(`q${i}`, i * 10), note: `n${i}` });
    await s.softDelete('id-0007');
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await s.listPage({ ...(after ? { after } : {}), limit: 10 });
      seen.push(...page.records.map((r) => r.id));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    expect(seen).not.toContain('id-0007');
    expect(seen).toEqual([...seen].sort());
  });
});
