// A student who hands in twice (a corrected file, or the same one again): the
// teacher's "keep both" gives the second hand-in a layer of its own holding
// the whole file, and the first layer is left exactly as it was — never merged.
// Ids in a hand-in are the student's; one already stored in the teacher's
// library (the first hand-in, or any other layer) must not be changed by it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import type { AnnotationRecord, Layer } from '../../../src/store/annotation.ts';
import { exportClassSet } from '../../../src/store/class-set.ts';
import { exportHandIn } from '../../../src/store/hand-in.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { sel } from './helpers.ts';
import { ask, libraryPerson, type Person } from './library-person.ts';

let corpus: CorpusPackage;
beforeAll(() => {
  corpus = loadCorpusPackage();
});

const person = (): Promise<Person> => libraryPerson(corpus);

const notes = (records: AnnotationRecord[]) => records.map((r) => r.note).sort();

describe('a student handing in twice', () => {
  it('keeps both hand-ins whole, each in its own layer, the first one unchanged', async () => {
    const [a] = corpus.articles;
    const url = a!.addresses[0]!;
    const teacher = await person();
    const set = await ask<Layer>(teacher, 'class-sets/create', { title: 'Week 3', teacher: 'Ms Rivera', corpusIds: [a!.id], roster: ['Ana'], promptsFromNotes: false });
    const setFile = exportClassSet(set.classSet!, [], await teacher.store.listCategories());

    const student = await person();
    const imported = await ask<{ layer: Layer }>(student, 'class-sets/import', { text: setFile });
    const mine = await ask<AnnotationRecord>(student, 'annotations/create', {
      url, corpusId: a!.id, selectors: sel(a!.text.slice(10, 50), 10), categoryId: 'claim', note: 'first answer', tags: [],
    });
    const first = exportHandIn(await student.store.listAll(), { set: imported.layer.classSet!, student: 'Ana', categories: [], now: new Date() });

    const one = await ask<{ kind: string; layer: Layer }>(teacher, 'class-sets/import-hand-in', { text: first });
    expect(one.kind).toBe('imported');
    const firstLayer = await teacher.store.listLayer(one.layer.id);
    expect(notes(firstLayer)).toEqual(['first answer']);

    // Ana corrects her answer and adds one more, then hands in again.
    await ask(student, 'annotations/update', { id: mine.id, patch: { note: 'corrected answer' } });
    await ask(student, 'annotations/create', {
      url, corpusId: a!.id, selectors: sel(a!.text.slice(60, 90), 60), categoryId: 'claim', note: 'second answer', tags: [],
    });
    const second = exportHandIn(await student.store.listAll(), { set: imported.layer.classSet!, student: 'Ana', categories: [], now: new Date() });
    expect(await ask(teacher, 'class-sets/import-hand-in', { text: second })).toMatchObject({ kind: 'same-name' });
    const two = await ask<{ kind: string; layer: Layer; outcome: { added: number; updated: number } }>(teacher, 'class-sets/import-hand-in', { text: second, keepBoth: true });
    expect(two.kind).toBe('imported');
    expect(two.layer.id).not.toBe(one.layer.id);

    // The second layer holds the whole second file; the first is as it was.
    expect(notes(await teacher.store.listLayer(two.layer.id))).toEqual(['corrected answer', 'second answer']);
    expect(two.outcome).toMatchObject({ added: 2, updated: 0 });
    expect(await teacher.store.listLayer(one.layer.id)).toEqual(firstLayer);
  });

  it('never changes the teacher’s own highlight when a hand-in carries its id', async () => {
    const [a] = corpus.articles;
    const url = a!.addresses[0]!;
    const teacher = await person();
    const set = await ask<Layer>(teacher, 'class-sets/create', { title: 'Week 4', teacher: 'Ms Rivera', corpusIds: [a!.id], roster: [], promptsFromNotes: false });
    const own = await ask<AnnotationRecord>(teacher, 'annotations/create', {
      url, corpusId: a!.id, selectors: sel(a!.text.slice(10, 50), 10), categoryId: 'question', note: 'Who says this?', tags: [],
    });
    // The student got the teacher's highlights as an ordinary export and answered in the note (a later date).
    const later = { ...own, note: 'The minister, I think', modified: '2099-01-01T00:00:00.000Z' };
    const file = exportHandIn([later], { set: set.classSet!, student: 'Ben', categories: [], now: new Date() });
    const result = await ask<{ kind: string; layer: Layer }>(teacher, 'class-sets/import-hand-in', { text: file });
    expect(result.kind).toBe('imported');
    expect((await teacher.store.get(own.id))?.note).toBe('Who says this?');
    expect(notes(await teacher.store.listLayer(result.layer.id))).toEqual(['The minister, I think']);
  });
});
