// The classroom round trip through the worker's router, one fake database per
// person: a teacher makes a set (with a prompt) and exports it; three students
// import it as the teacher's layer, highlight the same passages (with and
// without notes) and hand in; the teacher imports the hand-ins. Nothing is lost:
// each student's work is its own layer, whole.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import { OWN_LAYER_ID, type Layer } from '../../../src/store/annotation.ts';
import { CLASS_SET_KEY, classSetLayerId, exportClassSet } from '../../../src/store/class-set.ts';
import { buildClassView } from '../../../src/store/class-view.ts';
import { exportHandIn, HAND_IN_KEY } from '../../../src/store/hand-in.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { sel } from './helpers.ts';
import { ask, askError, libraryPerson, type Person } from './library-person.ts';
import { makeValidators } from './w3c-schema.ts';

let corpus: CorpusPackage;
beforeAll(() => {
  corpus = loadCorpusPackage();
});

const person = (): Promise<Person> => libraryPerson(corpus);

describe('classroom round trip', () => {
  it('keeps every student’s highlights, each in its own layer, and the class view counts them', async () => {
    const [a, b] = corpus.articles.slice(0, 2).map((x) => ({ id: x.id, url: x.addresses[0]!, text: x.text }));
    const passage = (text: string, from: number, length = 40) => ({ exact: text.slice(from, from + length), start: from });
    const p1 = passage(a!.text, 10);
    const p2 = passage(b!.text, 30);

    // The teacher: a prompt (a note on a passage of A), then the set with a class list.
    const teacher = await person();
    await ask(teacher, 'annotations/create', { url: a!.url, corpusId: a!.id, selectors: sel(p1.exact, p1.start), categoryId: 'question', note: 'Who is speaking here?', tags: [] });
    const setLayer = await ask<Layer>(teacher, 'class-sets/create', {
      title: 'NATO unit, week 3',
      teacher: 'Ms Rivera',
      corpusIds: [a!.id, b!.id],
      roster: ['Ana', 'Ben', 'Chloé', 'Dmitri'],
      promptsFromNotes: true,
    });
    expect(setLayer.classSet).toMatchObject({ role: 'teacher', title: 'NATO unit, week 3', roster: ['Ana', 'Ben', 'Chloé', 'Dmitri'] });
    const prompts = await teacher.store.listLayer(setLayer.id);
    expect(prompts.map((r) => r.note)).toEqual(['Who is speaking here?']);
    const setFile = exportClassSet(setLayer.classSet!, prompts, await teacher.store.listCategories());
    const setJson = JSON.parse(setFile);
    const v = makeValidators();
    expect(v.collection(setJson), JSON.stringify(v.collection.errors)).toBe(true);
    for (const item of setJson.first.items) expect(v.annotation(item), JSON.stringify(v.annotation.errors)).toBe(true);
    expect(setJson[CLASS_SET_KEY]).toMatchObject({ version: 1, title: 'NATO unit, week 3', teacher: 'Ms Rivera' });
    expect(setJson[CLASS_SET_KEY].roster).toBeUndefined(); // the class list stays with the teacher

    // Three students: the set becomes the teacher's layer; same passages, with and without notes.
    const handIns: string[] = [];
    for (const [name, note] of [['Ana', 'The minister himself'], ['Ben', ''], ['Chloé', '']] as const) {
      const student = await person();
      const imported = await ask<{ layer: Layer }>(student, 'class-sets/import', { text: setFile, fileName: 'set.jsonld' });
      expect(imported.layer).toMatchObject({ id: classSetLayerId(setLayer.classSet!.id), name: 'NATO unit, week 3', classSet: { role: 'student' } });
      const [prompt] = await student.store.listLayer(imported.layer.id);
      expect(prompt).toMatchObject({ note: 'Who is speaking here?' });
      // The teacher's set is read-only for the student: no edit, no delete.
      expect(await askError(student, 'annotations/update', { id: prompt!.id, patch: { note: 'mine now' } })).toMatch(/read-only/);
      expect(await askError(student, 'annotations/delete', { id: prompt!.id })).toMatch(/read-only/);
      expect(await askError(student, 'annotations/delete-permanently', { id: prompt!.id })).toMatch(/read-only/);
      await ask(student, 'annotations/create', { url: a!.url, corpusId: a!.id, selectors: sel(p1.exact, p1.start), categoryId: 'claim', note, tags: [] });
      await ask(student, 'annotations/create', { url: b!.url, corpusId: b!.id, selectors: sel(p2.exact, p2.start), categoryId: 'claim', note: '', tags: [] });
      // Not in the hand-in: a highlight on another article.
      const other = corpus.articles[2]!;
      await ask(student, 'annotations/create', { url: other.addresses[0]!, corpusId: other.id, selectors: sel(other.text.slice(0, 20), 0), categoryId: 'claim', note: 'private', tags: [] });
      const file = exportHandIn(await student.store.listAll(), { set: imported.layer.classSet!, student: name, categories: await student.store.listCategories(), now: new Date() });
      const json = JSON.parse(file);
      expect(json[HAND_IN_KEY]).toMatchObject({ student: name, setTitle: 'NATO unit, week 3' });
      expect(json.total).toBe(2); // the own highlights on the set's two articles: not the prompt, not the third article
      expect(v.collection(json)).toBe(true);
      handIns.push(file);
    }

    // The teacher imports the three hand-ins: 3 × 2 highlights, none skipped as duplicates.
    for (const text of handIns) {
      const result = await ask<{ kind: string; outcome: { added: number; duplicates: number } }>(teacher, 'class-sets/import-hand-in', { text, fileName: 'hand-in.jsonld' });
      expect(result).toMatchObject({ kind: 'imported', outcome: { added: 2, duplicates: 0 } });
    }
    const layers = await teacher.store.listLayers();
    const studentLayers = layers.filter((l) => l.handIn);
    expect(studentLayers.map((l) => l.handIn!.student).sort()).toEqual(['Ana', 'Ben', 'Chloé']);
    for (const l of studentLayers) expect(await teacher.store.listLayer(l.id)).toHaveLength(2);
    // Not drawn on the teacher's page until asked for: the class view shows them.
    expect(studentLayers.every((l) => l.hidden === true)).toBe(true);

    // The same name again is asked about, not merged; "keep both" makes a numbered layer.
    expect(await ask(teacher, 'class-sets/import-hand-in', { text: handIns[0]! })).toMatchObject({ kind: 'same-name', student: 'Ana' });
    expect((await teacher.store.listLayers()).filter((l) => l.handIn)).toHaveLength(3);

    const view = buildClassView(setLayer, await teacher.store.listLayers(), await teacher.store.listAll());
    expect(view.handedIn).toEqual(['Ana', 'Ben', 'Chloé']);
    expect(view.missing).toEqual(['Dmitri']);
    const onA = view.articles.find((x) => x.corpusId === a!.id)!;
    const first = onA.passages.find((p) => p.quote === p1.exact)!;
    expect(first.prompt).toBe('Who is speaking here?');
    expect(first.students.map((s) => s.student).sort()).toEqual(['Ana', 'Ben', 'Chloé']);
    expect(first.students.find((s) => s.student === 'Ana')!.note).toBe('The minister himself');
    expect(first.found).toBe(3);
    expect(view.articles.find((x) => x.corpusId === b!.id)!.passages[0]!.found).toBe(3);
  });

  it('refuses a hand-in for another set, a set given as a hand-in, and a newer file, writing nothing', async () => {
    const teacher = await person();
    const [a] = corpus.articles;
    await ask(teacher, 'class-sets/create', { title: 'Mine', teacher: 'T', corpusIds: [a!.id], roster: [], promptsFromNotes: false });
    const other = await person();
    const otherSet = await ask<Layer>(other, 'class-sets/create', { title: 'Someone else’s set', teacher: 'X', corpusIds: [a!.id], roster: [], promptsFromNotes: false });
    const handIn = exportHandIn([], { set: otherSet.classSet!, student: 'Ana', categories: [], now: new Date() });
    const before = await teacher.store.listLayers();
    expect(await askError(teacher, 'class-sets/import-hand-in', { text: handIn })).toMatch(/for the set “Someone else’s set”, which is not one of your class sets \(yours: “Mine”\)/);
    const setFile = exportClassSet(otherSet.classSet!, [], []);
    expect(await askError(teacher, 'class-sets/import-hand-in', { text: setFile })).toMatch(/class set .*not a student’s hand-in/);
    const newer = JSON.parse(handIn);
    newer[HAND_IN_KEY].version = 2;
    expect(await askError(teacher, 'class-sets/import-hand-in', { text: JSON.stringify(newer) })).toMatch(/newer version of Sourcelight/);
    expect(await askError(teacher, 'class-sets/import-hand-in', { text: '{"broken' })).toMatch(/not valid JSON/);
    expect(await teacher.store.listLayers()).toEqual(before);
  });
});

describe('layers: show, hide, rename, delete with undo', () => {
  it('a hidden layer is not sent to the page; the own layer cannot be hidden', async () => {
    const who = await person();
    const [a] = corpus.articles;
    const set = await ask<Layer>(who, 'class-sets/create', { title: 'S', teacher: 'T', corpusIds: [a!.id], roster: [], promptsFromNotes: false });
    await who.store.writeImport({
      layer: set, categories: [], duplicateKey: (r) => r.id,
      records: [{ id: 'p1', layerId: set.id, origin: 'reader', pageUrl: a!.addresses[0]!, corpusId: a!.id, selectors: sel(a!.text.slice(0, 10), 0), categoryId: 'claim', note: 'prompt', tags: [], hidden: false, created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z' }],
    });
    const forPage = () => ask<{ annotations: { id: string }[] }>(who, 'annotations/for-page', { url: a!.addresses[0]!, corpusId: a!.id });
    expect((await forPage()).annotations.map((r) => r.id)).toContain('p1');
    await ask(who, 'layers/set-hidden', { id: set.id, hidden: true });
    expect((await forPage()).annotations.map((r) => r.id)).not.toContain('p1');
    await ask(who, 'layers/set-hidden', { id: set.id, hidden: false });
    expect((await forPage()).annotations.map((r) => r.id)).toContain('p1');
    expect(await askError(who, 'layers/set-hidden', { id: OWN_LAYER_ID, hidden: true })).toMatch(/always shown/);
  });

  it('renames; deletes with undo (nothing lost); purges only a layer still deleted', async () => {
    const who = await person();
    const [a] = corpus.articles;
    await ask(who, 'annotations/create', { url: a!.addresses[0]!, corpusId: a!.id, selectors: sel(a!.text.slice(0, 10), 0), categoryId: 'claim', note: 'prompt', tags: ['t'] });
    const set = await ask<Layer>(who, 'class-sets/create', { title: 'S', teacher: 'T', corpusIds: [a!.id], roster: [], promptsFromNotes: true });
    const held = await who.store.listLayer(set.id);
    expect(held).toHaveLength(1);
    expect(await ask(who, 'layers/rename', { id: set.id, name: '  Week 3  ' })).toMatchObject({ name: 'Week 3' });
    await ask(who, 'layers/delete', { id: set.id });
    expect((await who.store.listLayers()).map((l) => l.id)).not.toContain(set.id);
    // Not drawn on the page while deleted.
    const drawn = await ask<{ annotations: { layerId: string }[] }>(who, 'annotations/for-page', { url: a!.addresses[0]!, corpusId: a!.id });
    expect(drawn.annotations.map((r) => r.layerId)).not.toContain(set.id);
    await ask(who, 'layers/restore', { id: set.id });
    // Undo loses nothing: the layer's highlights are all there, unchanged.
    expect(await who.store.listLayer(set.id)).toEqual(held);
    expect(await ask(who, 'layers/purge', { id: set.id })).toEqual({ purged: false });
    expect((await who.store.listLayers()).find((l) => l.id === set.id)).toMatchObject({ name: 'Week 3' });
    await ask(who, 'layers/delete', { id: set.id });
    expect(await ask(who, 'layers/purge', { id: set.id })).toEqual({ purged: true });
    expect(await askError(who, 'layers/restore', { id: set.id })).toMatch(/deleted for good/);
    expect(await askError(who, 'layers/delete', { id: OWN_LAYER_ID })).toMatch(/cannot be deleted/);
  });
});
