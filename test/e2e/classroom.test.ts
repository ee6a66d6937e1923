// The classroom round trip in Chromium, one fresh browser profile per person,
// through the library's real controls: a teacher makes a class set on two
// corpus articles (with a prompt and a class list) and exports it; three
// students import it, see it drawn on the article page as the teacher's layer
// (and hide it with one click), highlight the same passages (one with a note,
// two without) and hand in; the teacher imports the three hand-ins at once and
// the class view shows every student's highlights — none lost — who found what,
// and who has not handed in.
//
// The students' highlights are made with the worker message the toolbar sends
// (`annotations/create`, from an extension page): driving the selection toolbar
// is covered by highlights.test.ts and is not the point here.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCompiledCorpus } from '../unit/helpers/corpus.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { describeViolations, runAxe } from './support/axe.ts';
import { requireBuild } from './support/require-build.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { drawnMarks, drawnMarkTexts } from './support/reader-marks.ts';
import { fixtureRoutes } from './support/routes.ts';

const LIBRARY = 'extension/pages/library/index.html';
const TITLE = 'NATO and Russia, week 3';
const workDir = mkdtempSync(join(tmpdir(), 'sourcelight-classroom-'));
const routes = fixtureRoutes();

const A = { id: 'sputnik-2008-09-27-lavrov-relations-not-frozen', url: 'https://sputniknews.com/20080927/117172470.html' };
const B = { id: 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks', url: 'https://sputnikglobe.com/20091201/157061783.html' };

/** A passage of a corpus article: the first 70 characters of its second paragraph, with where they start. */
function passageOf(corpusId: string): { exact: string; start: number } {
  const article = loadCompiledCorpus().articles.find((a) => a.id === corpusId)!;
  const exact = article.paragraphs[1]!.slice(0, 70).trim();
  return { exact, start: article.text.indexOf(exact) };
}
const PA = passageOf(A.id);
const PB = passageOf(B.id);

beforeAll(() => requireBuild(DIST_DIR));

async function downloadsTo(session: ChromiumSession): Promise<string> {
  const dir = mkdtempSync(join(workDir, 'downloads-'));
  const cdp = await session.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  return dir;
}

/** The first finished download in `dir` (Chromium writes .crdownload until done). */
async function waitForFile(dir: string, timeoutMs = 60_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = readdirSync(dir).find((f) => !f.endsWith('.crdownload'));
    if (found) return join(dir, found);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Nothing was downloaded to ${dir}`);
}

async function openLibrary(session: ChromiumSession): Promise<Page> {
  const page = await session.extensionPage(LIBRARY);
  await page.waitForSelector('section[aria-labelledby="sl-layers-title"] .sl-layer', { timeout: 30_000 });
  return page;
}

async function send(session: ChromiumSession, type: string, payload: unknown): Promise<unknown> {
  const reply = await session.sendFromExtensionPage({ type, payload });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const highlight = (article: typeof A, passage: { exact: string; start: number }, note: string) => ({
  url: article.url,
  corpusId: article.id,
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: passage.exact },
    position: { type: 'TextPositionSelector', start: passage.start, end: passage.start + passage.exact.length },
  },
  categoryId: 'claim',
  note,
  tags: [],
});

/** Texts of the reader highlights (and layers) Sourcelight draws on a page: in its closed shadow root, read through the probe. */
async function drawnReaderTexts(page: Page, extensionId: string): Promise<string[]> {
  return drawnMarkTexts(page, extensionId);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    expect(describeViolations(await runAxe(page)), `${scheme} scheme`).toEqual([]);
  }
  await page.emulateMediaFeatures([]);
}

/** The colour Sourcelight draws the highlight of `text` in (its underline: the category's or the set's colour). */
async function drawnColourOf(page: Page, extensionId: string, text: string): Promise<string | null> {
  return (await drawnMarks(page, extensionId)).find((m) => m.text === text)?.color ?? null;
}

const layerItem = (name: string) => `.sl-layer[data-layer-name="${name}"]`;

describe('classroom round trip', () => {
  const sessions: ChromiumSession[] = [];
  afterAll(async () => {
    for (const s of sessions) await s.close().catch(() => undefined);
  });
  let setFile = '';
  let setLayerId = '';
  const handIns: string[] = [];

  it('the teacher makes a set on two articles, with a prompt and a class list, and exports it', { timeout: 180_000 }, async () => {
    const teacher = await launchChromium();
    sessions.push(teacher);
    await send(teacher, 'annotations/create', highlight(A, PA, 'Who is speaking here, and how do we know?'));
    const page = await openLibrary(teacher);
    await page.click('button[data-class="new"]');
    await page.waitForSelector(`input[data-class-article="${B.id}"]`, { timeout: 30_000 });
    await page.type('input[data-class="title"]', TITLE);
    await page.type('input[data-class="teacher"]', 'Ms Rivera');
    await page.click(`input[data-class-article="${A.id}"]`);
    await page.click(`input[data-class-article="${B.id}"]`);
    await page.type('textarea[data-class="roster"]', 'Ana\nBen\nChloé\nDmitri');
    await expectNoAxeViolations(page);
    await page.click('button[data-class="create"]');
    await page.waitForSelector(`${layerItem(TITLE)} button[data-set="export"]`, { timeout: 30_000 });
    setLayerId = (await page.$eval(layerItem(TITLE), (el) => el.getAttribute('data-layer-id')))!;

    const downloads = await downloadsTo(teacher);
    await page.click(`${layerItem(TITLE)} button[data-set="export"]`);
    setFile = await waitForFile(downloads);
    expect(basename(setFile)).toMatch(/^sourcelight — class set — NATO and Russia, week 3 — Ms Rivera — \d{4}-\d{2}-\d{2}\.jsonld$/);
    const doc = JSON.parse(readFileSync(setFile, 'utf8'));
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc['sourcelight:classSet']).toMatchObject({ title: TITLE, teacher: 'Ms Rivera', articles: [{ corpusId: A.id }, { corpusId: B.id }] });
    expect(doc['sourcelight:classSet'].roster).toBeUndefined();
    expect(doc.first.items.map((i: { body: { value: string }[] }) => i.body[0]!.value)).toEqual(['Who is speaking here, and how do we know?']);
    await page.close();
  });

  for (const [student, note] of [['Ana', 'Lavrov himself, on the record'], ['Ben', ''], ['Chloé', '']] as const) {
    it(`${student} imports the set, sees the teacher's layer, highlights and hands in`, { timeout: 240_000 }, async () => {
      const session = await launchChromium();
      sessions.push(session);
      const library = await openLibrary(session);
      const input = await library.$('input[data-class="import-set"]');
      await input!.uploadFile(setFile);
      await library.waitForSelector('[data-class="import-set-message"]', { timeout: 30_000 });
      expect(await library.$eval('[data-class="import-set-message"]', (el) => el.textContent)).toContain(`Class set “${TITLE}” from Ms Rivera: 2 articles, 1 prompt`);
      await library.waitForSelector(layerItem(TITLE));
      expect(await library.$eval(layerItem(TITLE), (el) => el.textContent)).toContain('teacher’s set from Ms Rivera, read-only');

      // On the article page the teacher's prompt is drawn; one click in the library hides it there.
      const article = await session.openPage(A.url, routes);
      await expect.poll(() => drawnReaderTexts(article, session.extensionId), { timeout: 60_000, interval: 250 }).toContain(PA.exact);
      // In the teacher's set's own colour, not one of the reader's categories.
      expect(await drawnColourOf(article, session.extensionId, PA.exact)).toBe('#7048e8');
      if (student === 'Ana') {
        // In the panel the prompt is listed under the set's name, read-only: no note field, no Delete.
        await article.waitForSelector('sourcelight-root', { timeout: 30_000 });
        const probe = await OverlayProbe.attach(article, session.extensionId);
        await probe.showTab('My highlights');
        const item = await probe.waitFor('.sl-list > li[data-teacher-set]');
        expect(item.text).toContain(`Teacher’s set: ${TITLE}`);
        expect(item.text).toContain('Who is speaking here');
        expect(await probe.queryAll('li[data-teacher-set] iframe.sl-text-field, li[data-teacher-set] select')).toEqual([]);
        expect((await probe.queryAll('li[data-teacher-set] button')).map((b) => b.text)).toEqual(['Show on page']);
        await library.bringToFront();
        await library.click(`${layerItem(TITLE)} input[data-layer="shown"]`);
        await library.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked === false, {}, `${layerItem(TITLE)} input[data-layer="shown"]`);
        await article.reload();
        await article.waitForSelector('sourcelight-root', { timeout: 30_000 });
        // The page is recognised and its statements drawn, but not the hidden layer's prompt.
        await article.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.priority === 0), { timeout: 60_000, polling: 250 });
        expect(await drawnReaderTexts(article, session.extensionId)).not.toContain(PA.exact);
        await library.click(`${layerItem(TITLE)} input[data-layer="shown"]`);
        await library.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked === true, {}, `${layerItem(TITLE)} input[data-layer="shown"]`);
      }
      await article.close();

      // The same two passages in every student's work; a highlight on another article stays out of the hand-in.
      await send(session, 'annotations/create', highlight(A, PA, note));
      await send(session, 'annotations/create', highlight(B, PB, ''));
      const other = { id: 'reuters-2009-12-04-nato-russia-sign-agreement', url: 'https://reuters.screenocean.com/record/741340' };
      await send(session, 'annotations/create', highlight(other, passageOf(other.id), 'not for the teacher'));

      await library.bringToFront();
      await library.reload();
      await library.waitForSelector(`${layerItem(TITLE)} input[data-hand-in="name"]`, { timeout: 30_000 });
      if (student === 'Ana') {
        // Tags from the library: added on her noted highlight, then the list filtered by it.
        const entry = await library.waitForSelector(`.sl-entry[data-layer="My highlights"] ::-p-text(${PA.exact.slice(0, 30)})`);
        const id = await entry!.evaluate((el) => el.closest('.sl-entry')!.getAttribute('data-annotation-id'));
        await library.click(`.sl-entry[data-annotation-id="${id}"] button[data-action="edit"]`);
        await library.type(`.sl-entry[data-annotation-id="${id}"] input[data-edit="tags"]`, 'named source, week 3');
        await library.click(`.sl-entry[data-annotation-id="${id}"] button[type="submit"]`);
        await library.waitForFunction((i) => document.querySelector(`.sl-entry[data-annotation-id="${i}"] .sl-entry-tags`)?.textContent === 'Tags: named source, week 3', {}, id);
        await library.select('select[data-filter="tag"]', 'named source');
        await library.waitForFunction(() => document.querySelectorAll('.sl-entry').length === 1);
        expect(await library.$eval('[data-export="shown"]', (el) => el.textContent)).toContain('1 highlight (all layers, my highlights only, tag “named source”)');
      }
      const downloads = await downloadsTo(session);
      await library.type(`${layerItem(TITLE)} input[data-hand-in="name"]`, student);
      await library.click(`${layerItem(TITLE)} button[data-hand-in="submit"]`);
      const file = await waitForFile(downloads);
      expect(basename(file)).toMatch(new RegExp(`^sourcelight — hand-in — ${TITLE} — ${student} — \\d{4}-\\d{2}-\\d{2}\\.jsonld$`));
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      expect(doc['sourcelight:handIn']).toMatchObject({ student, setTitle: TITLE });
      // Own highlights on the set's articles only: not the prompt, not statements, not the third article.
      expect(doc.total).toBe(2);
      expect(JSON.stringify(doc)).not.toContain('not for the teacher');
      expect(JSON.stringify(doc)).not.toContain('Who is speaking here');
      if (student === 'Ana') expect(JSON.stringify(doc)).toContain('"named source"');
      handIns.push(file);
      await session.close();
    });
  }

  it('the teacher imports the three hand-ins at once; the class view shows everyone’s work, none lost', { timeout: 180_000 }, async () => {
    const teacher = sessions[0]!;
    const page = await openLibrary(teacher);
    // A broken file among the good ones: its own message, the others imported.
    const broken = join(workDir, 'broken-hand-in.jsonld');
    writeFileSync(broken, readFileSync(handIns[1]!, 'utf8').slice(0, 400));
    const input = await page.$(`${layerItem(TITLE)} input[data-set="hand-ins"]`);
    await input!.uploadFile(handIns[0]!, broken, handIns[1]!, handIns[2]!);
    await page.waitForFunction(() => document.querySelectorAll('[data-hand-in-result]').length === 4 && !document.querySelector('[data-set="progress"]'), {
      timeout: 60_000,
      polling: 250,
    });
    const results = await page.$$eval('[data-hand-in-result]', (els) => els.map((e) => `${e.getAttribute('data-hand-in-result')} ${e.textContent}`));
    for (const name of ['Ana', 'Ben', 'Chloé']) expect(results.some((r) => r.startsWith('ok ') && r.includes(`${name}, 2 highlights added`))).toBe(true);
    expect(results.filter((r) => r.startsWith('error '))).toEqual([expect.stringMatching(/^error broken-hand-in\.jsonld: The file is not valid JSON/)]);

    // Ana's file again: the teacher is asked, and "same student" skips it.
    const again = await page.$(`${layerItem(TITLE)} input[data-set="hand-ins"]`);
    await again!.uploadFile(handIns[0]!);
    await page.waitForSelector('[data-hand-in-result="ask"] button[data-ask="skip"]', { timeout: 30_000 });
    expect(await page.$eval('[data-hand-in-result="ask"]', (el) => el.textContent)).toContain('a hand-in from Ana is in this set already');
    await page.click('[data-hand-in-result="ask"] button[data-ask="skip"]');
    await page.waitForFunction(() => !document.querySelector('[data-hand-in-result="ask"]'));
    for (const name of ['Ana', 'Ben', 'Chloé']) await page.waitForSelector(layerItem(`${name} — ${TITLE}`));
    expect(await page.$$eval('.sl-layer', (els) => els.filter((e) => e.textContent?.includes('hand-in from')).length)).toBe(3);
    await expectNoAxeViolations(page);

    const view = await teacher.extensionPage(`extension/pages/class-view/index.html?set=${encodeURIComponent(setLayerId)}`);
    await view.waitForSelector('[data-class-view="summary"]', { timeout: 30_000 });
    expect(await view.$eval('[data-class-view="summary"]', (el) => el.textContent)).toContain('3 students have handed in: Ana, Ben, Chloé');
    expect(await view.$eval('[data-class-view="missing"]', (el) => el.textContent)).toContain('Dmitri');
    const passages = await view.$$eval('.sl-passage', (els) =>
      els.map((el) => ({
        quote: el.querySelector('blockquote')?.textContent ?? '',
        count: el.querySelector('.sl-passage-count')?.textContent ?? '',
        prompt: el.querySelector('.sl-passage-prompt')?.textContent ?? '',
        students: [...el.querySelectorAll('[data-student]')].map((s) => s.textContent ?? ''),
      })),
    );
    expect(passages).toHaveLength(2);
    const onA = passages.find((p) => p.quote === PA.exact)!;
    expect(onA.count).toBe('3 of 3 found this passage');
    expect(onA.prompt).toContain('Who is speaking here');
    expect(onA.students).toEqual(['Ana: Lavrov himself, on the record', 'Ben (no note)', 'Chloé (no note)']);
    const onB = passages.find((p) => p.quote === PB.exact)!;
    expect(onB.count).toBe('3 of 3 found this passage');
    expect(onB.students).toHaveLength(3);
    await expectNoAxeViolations(view);

    const downloads = await downloadsTo(teacher);
    await view.click('button[data-class-view="csv"]');
    const csv = readFileSync(await waitForFile(downloads), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').filter((l) => l.includes(',3,3,')).length).toBe(6);
    expect(csv).toContain('Dmitri,not handed in');
  });
});
