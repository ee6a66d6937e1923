// Writes the README's "For classes" pictures into docs/screenshots/ from the
// built extension (run `npm run build` first): the teacher's library with a
// class set, a student's article page with the teacher's layer, and the class
// view after three hand-ins. The files pass between two browser profiles (the
// teacher's and one student's) as they would between computers; the other two
// students' hand-ins are made here from the same set. Nothing reaches the network.
//   npx tsx scripts/classroom-screenshots.ts
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { AnnotationRecord, Layer } from '../src/store/annotation.ts';
import { BUILTIN_CATEGORIES } from '../src/store/categories.ts';
import { exportClassSet } from '../src/store/class-set.ts';
import { exportHandIn } from '../src/store/hand-in.ts';
import { type ChromiumSession, launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { fixtureRoutes } from '../test/e2e/support/routes.ts';
import { loadCompiledCorpus } from '../test/unit/helpers/corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const outDir = join(ROOT, 'docs/screenshots');
const A = { id: 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks', url: 'https://sputnikglobe.com/20091201/157061783.html' };
const B = { id: 'sputnik-2008-09-27-lavrov-relations-not-frozen', url: 'https://sputniknews.com/20080927/117172470.html' };
const articles = loadCompiledCorpus().articles;

/** A sentence-long passage of an article's paragraph `n`. */
function passage(corpusId: string, n: number, length: number) {
  const article = articles.find((a) => a.id === corpusId)!;
  const exact = article.paragraphs[n]!.slice(0, length).replace(/\s+\S*$/, '').trim(); // whole words
  const start = article.text.indexOf(exact);
  return { quote: { type: 'TextQuoteSelector' as const, exact }, position: { type: 'TextPositionSelector' as const, start, end: start + exact.length } };
}
const P1 = passage(A.id, 0, 100);
const P2 = passage(A.id, 2, 80);
const P3 = passage(B.id, 1, 90);

async function ask<T>(session: ChromiumSession, type: string, payload: unknown): Promise<T> {
  const reply = await session.sendFromExtensionPage({ type, payload });
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.value as T;
}
const highlight = (article: typeof A, selectors: typeof P1, note: string, categoryId = 'claim') => ({ url: article.url, corpusId: article.id, selectors, categoryId, note, tags: [] });

async function shoot(page: Page, name: string): Promise<void> {
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`→ ${relative(ROOT, file)}`);
}

mkdirSync(outDir, { recursive: true });
const teacher = await launchChromium();
const student = await launchChromium();
try {
  // The teacher: two prompts, then the set with a class list.
  await ask(teacher, 'annotations/create', highlight(A, P1, 'Who is the source of this claim, and is it named?', 'question'));
  await ask(teacher, 'annotations/create', highlight(B, P3, 'Compare how each outlet reports this.', 'question'));
  const set = await ask<Layer>(teacher, 'class-sets/create', {
    title: 'NATO and Russia, week 3',
    teacher: 'Ms Rivera',
    corpusIds: [A.id, B.id],
    roster: ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Eva'],
    promptsFromNotes: true,
  });
  const prompts = (await ask<{ records: AnnotationRecord[] }>(teacher, 'library/records', {})).records.filter((r) => r.layerId === set.id);
  const setFile = exportClassSet(set.classSet!, prompts, BUILTIN_CATEGORIES);

  // One student on their own computer: the set, then their highlights, then the page and the hand-in.
  const imported = await ask<{ layer: Layer }>(student, 'class-sets/import', { text: setFile });
  await ask(student, 'annotations/create', highlight(A, P1, 'An unnamed diplomat — not on the record.'));
  await ask(student, 'annotations/create', highlight(A, P2, ''));
  const page = await student.openPage(A.url, fixtureRoutes());
  await page.waitForFunction(() => [...CSS.highlights.values()].filter((h) => h.priority === 1).length >= 2, { timeout: 60_000 });
  await new Promise((r) => setTimeout(r, 500));
  await shoot(page, 'class-student-page');
  const anaRecords = (await ask<{ records: AnnotationRecord[] }>(student, 'library/records', {})).records;

  // Hand-ins: Ana's from her profile, Ben's and Chloé's made from the same set.
  const stamp = '2026-12-01T10:00:00.000Z';
  const made = (id: string, selectors: typeof P1, note: string, article = A): AnnotationRecord => ({
    id, layerId: 'own', origin: 'reader', pageUrl: article.url, corpusId: article.id, selectors, categoryId: 'claim', note, tags: [], hidden: false, created: stamp, modified: stamp,
  });
  const handIns = [
    exportHandIn(anaRecords, { set: imported.layer.classSet!, student: 'Ana', categories: BUILTIN_CATEGORIES, now: new Date() }),
    exportHandIn([made('0b7e3c1a-51c4-4d0e-9f5e-000000000001', P1, ''), made('0b7e3c1a-51c4-4d0e-9f5e-000000000002', P3, 'Sputnik leaves out the date.', B)], { set: imported.layer.classSet!, student: 'Ben', categories: BUILTIN_CATEGORIES, now: new Date() }),
    exportHandIn([made('0b7e3c1a-51c4-4d0e-9f5e-000000000003', P1, 'Anonymous source again')], { set: imported.layer.classSet!, student: 'Chloé', categories: BUILTIN_CATEGORIES, now: new Date() }),
  ];
  for (const text of handIns) await ask(teacher, 'class-sets/import-hand-in', { text });

  const library = await teacher.extensionPage('extension/pages/library/index.html');
  await library.setViewport({ width: 1280, height: 1100 });
  await library.waitForSelector('.sl-layer[data-layer-name="NATO and Russia, week 3"]');
  await library.click('button[data-class="new"]');
  await library.waitForSelector('input[data-class-article]');
  await library.$eval('section[aria-labelledby="sl-layers-title"]', (el) => el.scrollIntoView());
  await new Promise((r) => setTimeout(r, 500));
  await shoot(library, 'class-set');

  const view = await teacher.extensionPage(`extension/pages/class-view/index.html?set=${encodeURIComponent(set.id)}`);
  await view.setViewport({ width: 1280, height: 1000 });
  await view.waitForSelector('.sl-passage');
  await shoot(view, 'class-view');
} finally {
  await teacher.close();
  await student.close();
}
