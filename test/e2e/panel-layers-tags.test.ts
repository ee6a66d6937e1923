// Tags and layers from the panel on the article page, in Chromium, agreeing
// with the library both ways: a tag added in the panel (typed in the
// extension-origin text field) shows in the library's tag filter, one set in
// the library shows in the panel; the panel filters by tag. A layer hidden
// from the page is taken off it at once and stays hidden after a reload and in
// the library; renamed from the page, the library has the new name; deleted,
// Undo brings it back, and when the Undo goes the layer is gone for good. The
// teacher's set can only be shown or hidden.
//
// The layers are made with worker messages (an export imported as a layer, a
// class set imported as a student would): the library's import controls are
// covered by classroom.test.ts.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord, Category, Layer } from '../../src/store/annotation.ts';
import { exportClassSet } from '../../src/store/class-set.ts';
import { loadCompiledCorpus } from '../unit/helpers/corpus.ts';
import { dumpDatabase } from './support/database-dump.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { axeOnOverlay } from './support/overlay-axe.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { drawnMarkTexts } from './support/reader-marks.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';
import { pressKeyThatRemovesItsFrame, typeInTextField } from './support/text-field.ts';

const LIBRARY = 'extension/pages/library/index.html';
const A = { id: 'sputnik-2008-09-27-lavrov-relations-not-frozen', url: 'https://sputniknews.com/20080927/117172470.html' };
const routes = fixtureRoutes();
const WAIT = 60_000;

/** The first 60 characters of a paragraph of article A, with where they start in its text. */
function passage(paragraph: number): { exact: string; start: number } {
  const article = loadCompiledCorpus().articles.find((a) => a.id === A.id)!;
  const exact = article.paragraphs[paragraph]!.slice(0, 60).trim();
  return { exact, start: article.text.indexOf(exact) };
}
const MINE = passage(1);
const PROMPT = passage(2);
const STUDY = passage(3);

const highlight = (p: { exact: string; start: number }, note: string) => ({
  url: A.url,
  corpusId: A.id,
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: p.exact },
    position: { type: 'TextPositionSelector', start: p.start, end: p.start + p.exact.length },
  },
  categoryId: 'claim',
  note,
  tags: [],
});

let session: ChromiumSession;
beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

async function send<T>(type: string, payload: unknown): Promise<T> {
  const reply = await session.sendFromExtensionPage({ type, payload });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

/** Polls `check` until it holds (a busy machine can take seconds); fails with `what`. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = WAIT): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Texts of the reader highlights (and layers) Sourcelight draws on a page: in its closed shadow root, read through the probe. */
async function drawnReaderTexts(page: Page): Promise<string[]> {
  return drawnMarkTexts(page, session.extensionId);
}

async function openArticle(): Promise<{ page: Page; probe: OverlayProbe }> {
  const page = await session.openPage(A.url, routes);
  await page.waitForSelector('sourcelight-root', { timeout: WAIT });
  const probe = await OverlayProbe.attach(page, session.extensionId, WAIT);
  await probe.waitFor('.sl-badge', WAIT);
  await probe.showTab('My highlights');
  return { page, probe };
}

async function openLibrary(): Promise<Page> {
  const library = await session.extensionPage(LIBRARY);
  await library.waitForSelector('section[aria-labelledby="sl-layers-title"] .sl-layer', { timeout: WAIT });
  return library;
}

const layerNamed = async (name: string) => (await send<{ layers: Layer[] }>('library/meta', {})).layers.find((l) => l.name === name);
const tagsIn = async (probe: OverlayProbe, id: string) => (await probe.queryAll(`li[data-annotation-id="${id}"] .sl-tag-chip`)).map((c) => c.attributes['data-tag']);

describe('tags and layers in the panel', () => {
  let mine: AnnotationRecord;
  let study: Layer;
  let set: Layer;

  beforeAll(async () => {
    mine = await send<AnnotationRecord>('annotations/create', highlight(MINE, 'mine'));
    // A layer of another reader's work: an export with one highlight, imported as its own layer.
    const other = await send<AnnotationRecord>('annotations/create', highlight(STUDY, 'from the study group'));
    const file = await send<{ text: string }>('library/export', { format: 'jsonld' });
    await send('annotations/delete-permanently', { id: other.id });
    await send('library/import', { text: file.text, layerName: 'Study group' });
    study = (await layerNamed('Study group'))!;
    // The teacher's set, imported as a student would: one prompt on the article.
    const prompt = await send<AnnotationRecord>('annotations/create', highlight(PROMPT, 'Who is speaking here?'));
    await send('annotations/delete-permanently', { id: prompt.id });
    const categories = await send<Category[]>('categories/list', {});
    const setFile = exportClassSet(
      { id: 'urn:uuid:3f2a9c1e-5b7d-4e0a-9c2b-1d4e6f8a0b3c', title: 'Week 3', teacher: 'Ms Rivera', articles: [{ corpusId: A.id, title: 'Lavrov', url: A.url }], created: '2026-12-01T10:00:00.000Z' },
      [prompt],
      categories,
    );
    set = (await send<{ layer: Layer }>('class-sets/import', { text: setFile })).layer;
  }, 120_000);

  it('a tag added in the panel shows in the library’s tag filter, and one set in the library shows in the panel', { timeout: 240_000 }, async () => {
    const { page, probe } = await openArticle();
    const item = `li[data-annotation-id="${mine.id}"]`;
    await probe.click(`${item} button[data-action="add-tag"]`);
    await typeInTextField(page, probe, `${item} .sl-tag-add iframe.sl-text-field`, 'named source, week 3');
    // Not page.keyboard.press: the added tags replace the field's frame with a fresh one (see pressKeyThatRemovesItsFrame).
    await pressKeyThatRemovesItsFrame(page, 'Enter');
    await until('both tags show as chips', async () => (await tagsIn(probe, mine.id)).join('|') === 'named source|week 3');
    await probe.click(`${item} button[data-action="close-tags"]`);
    await probe.waitFor(`${item} button[data-action="add-tag"]`);
    expect(await axeOnOverlay(probe, '#sl-panel')).toEqual([]);

    const library = await openLibrary();
    // (An option's value is a property here, not an attribute.)
    await library.waitForFunction(() => [...(document.querySelector<HTMLSelectElement>('select[data-filter="tag"]')?.options ?? [])].some((o) => o.value === 'named source'), { timeout: WAIT });
    expect(await library.$$eval('select[data-filter="tag"] option', (os) => os.map((o) => o.value).filter(Boolean))).toEqual(['named source', 'week 3']);
    await library.select('select[data-filter="tag"]', 'named source');
    await library.waitForFunction((id) => document.querySelectorAll('.sl-entry').length === 1 && document.querySelector(`.sl-entry[data-annotation-id="${id}"]`), { timeout: WAIT }, mine.id);

    // The library's Edit form: "named source" out, "from library" in.
    await library.select('select[data-filter="tag"]', '');
    const entry = `.sl-entry[data-annotation-id="${mine.id}"]`;
    await library.click(`${entry} button[data-action="edit"]`);
    await library.click(`${entry} input[data-edit="tags"]`, { clickCount: 3 });
    await library.keyboard.press('Backspace');
    await library.type(`${entry} input[data-edit="tags"]`, 'week 3, from library');
    await library.click(`${entry} button[type="submit"]`);
    await library.waitForFunction((sel) => document.querySelector(sel)?.textContent === 'Tags: week 3, from library', { timeout: WAIT }, `${entry} .sl-entry-tags`);

    // Back on the page, the panel reads them again when its tab opens.
    await page.bringToFront();
    await probe.showTab('Statements');
    await probe.showTab('My highlights');
    await until('the library’s tags show in the panel', async () => (await tagsIn(probe, mine.id)).join('|') === 'week 3|from library');

    // Removed in the panel with the chip's button; the library has it gone.
    await probe.click(`${item} [data-remove-tag="week 3"]`);
    await until('the chip is gone', async () => (await tagsIn(probe, mine.id)).join('|') === 'from library');
    const stored = (await send<{ records: AnnotationRecord[] }>('library/records', {})).records.find((r) => r.id === mine.id)!;
    expect(stored.tags).toEqual(['from library']);

    // The panel's filter: only the tagged highlight stays listed.
    const listed = async () => (await probe.queryAll('.sl-list > li')).map((li) => li.attributes['data-annotation-id']);
    await until('the study group’s highlight is listed', async () => (await listed()).length === 3);
    await probe.evaluate(`
      const select = root.querySelector('select[data-filter="tag"]');
      select.value = 'from library';
      select.dispatchEvent(new Event('change', { bubbles: true }));`);
    await until('only the tagged highlight is listed', async () => (await listed()).join() === mine.id);
    await library.close();
    await page.close();
  });

  it('a layer hidden from the page leaves it at once, stays hidden after a reload and in the library; the teacher’s set only shows or hides', { timeout: 240_000 }, async () => {
    const { page, probe } = await openArticle();
    const row = `[data-page-layer="${study.id}"]`;
    const setRow = `[data-page-layer="${set.id}"]`;
    await probe.waitFor(row, WAIT);
    await until('all three passages are drawn', async () => {
      const drawn = await drawnReaderTexts(page);
      return [MINE, PROMPT, STUDY].every((p) => drawn.includes(p.exact));
    });
    // The teacher's set: shown or hidden, never renamed or deleted from here.
    expect((await probe.queryAll(`${setRow} button`)).map((b) => b.text)).toEqual([]);
    expect((await probe.query(setRow))!.text).toContain('teacher’s set from Ms Rivera, read-only');
    await probe.click(`${setRow} input[data-layer="shown"]`);
    await until('the set’s prompt leaves the page', async () => !(await drawnReaderTexts(page)).includes(PROMPT.exact));
    await probe.click(`${setRow} input[data-layer="shown"]`);
    await until('the set’s prompt is back', async () => (await drawnReaderTexts(page)).includes(PROMPT.exact));

    await probe.click(`${row} input[data-layer="shown"]`);
    await until('the layer’s highlight leaves the page', async () => !(await drawnReaderTexts(page)).includes(STUDY.exact));
    expect(await drawnReaderTexts(page)).toContain(MINE.exact);
    expect((await probe.query(row))!.attributes).toHaveProperty('data-layer-hidden');

    await page.reload();
    await page.waitForSelector('sourcelight-root', { timeout: WAIT });
    const again = await OverlayProbe.attach(page, session.extensionId, WAIT);
    await again.showTab('My highlights');
    // Still listed (so it can be shown again), unchecked, and not drawn once the page's own highlights are.
    await again.waitFor(`${row}[data-layer-hidden] input[data-layer="shown"]:not(:checked)`, WAIT);
    await until('the reader’s own highlight is drawn again', async () => (await drawnReaderTexts(page)).includes(MINE.exact));
    expect(await drawnReaderTexts(page)).not.toContain(STUDY.exact);

    const library = await openLibrary();
    expect(await library.$eval(`.sl-layer[data-layer-id="${study.id}"] input[data-layer="shown"]`, (el) => (el as HTMLInputElement).checked)).toBe(false);
    await library.close();

    await page.bringToFront();
    await again.click(`${row} input[data-layer="shown"]`);
    await until('the layer’s highlight is back', async () => (await drawnReaderTexts(page)).includes(STUDY.exact));
    await page.close();
  });

  it('renamed from the page, the library has the new name; deleted, Undo restores it, and without Undo it is gone', { timeout: 240_000 }, async () => {
    const { page, probe } = await openArticle();
    const row = `[data-page-layer="${study.id}"]`;
    await probe.click(`${row} button[data-layer="rename"]`);
    await typeInTextField(page, probe, `${row} iframe.sl-text-field`, 'Ben notes', { replace: true });
    await probe.click(`${row} button[data-layer="save-name"]`);
    await probe.waitFor(`${row}[data-layer-name="Ben notes"]`, WAIT);
    const library = await openLibrary();
    await library.waitForSelector(`.sl-layer[data-layer-id="${study.id}"][data-layer-name="Ben notes"]`, { timeout: WAIT });
    await library.close();

    await page.bringToFront();
    await until('the layer’s highlight is drawn', async () => (await drawnReaderTexts(page)).includes(STUDY.exact));
    await probe.click(`${row} button[data-layer="delete"]`);
    await until('the deleted layer leaves the page and the panel', async () => !(await drawnReaderTexts(page)).includes(STUDY.exact) && !(await probe.query(row)));
    expect((await probe.waitFor('.sl-toast', WAIT)).text).toContain('Layer “Ben notes” and its highlights deleted.');
    expect(await layerNamed('Ben notes')).toBeUndefined();
    await probe.click('.sl-toast button:first-of-type');
    await until('Undo brings the layer back', async () => (await drawnReaderTexts(page)).includes(STUDY.exact) && (await probe.query(row)) !== null);
    expect((await layerNamed('Ben notes'))?.id).toBe(study.id);

    // Deleted again, and the message closed without Undo: purged, past restoring.
    await probe.click(`${row} button[data-layer="delete"]`);
    await probe.waitFor('.sl-toast button[aria-label="Close message"]', WAIT);
    await probe.click('.sl-toast button[aria-label="Close message"]');
    // A raw look at the database: neither the layer nor its highlight is left (a soft delete would keep both).
    const raw = await openLibrary();
    await until('the layer is purged', async () => !(await dumpDatabase(raw)).includes(study.id));
    const dump = JSON.parse(await dumpDatabase(raw)) as { annotations: AnnotationRecord[] };
    expect(dump.annotations.some((r) => r.origin === 'reader' && r.selectors.quote.exact === STUDY.exact)).toBe(false);
    expect(dump.annotations.some((r) => r.id === mine.id)).toBe(true);
    const reply = await session.sendFromExtensionPage({ type: 'layers/restore', payload: { id: study.id } });
    expect(reply.error).toMatch(/deleted for good/);
    await raw.close();
    await page.close();
  });
});
