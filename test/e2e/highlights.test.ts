// Statement highlights and the reader's own highlights in a real Chromium:
// drawn without touching the page's DOM, made through the toolbar, kept in the
// worker's IndexedDB across reloads, worker restarts and browser restarts,
// shown on the same article at another address, re-anchored after edits,
// listed as orphans when gone — and never readable by the page (the reader's
// highlights are drawn in the overlay's closed shadow root and read here
// through the probe; statements are in CSS.highlights, as the page sees them).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from './support/database-dump.ts';
import { loadFixturePages, readFixturePage } from './support/fixture-pages.ts';
import { lateRenderingPage, SPA_ARTICLE_PATH, singlePageAppHome } from './support/late-article-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { drawnMarks, drawnMarkTexts } from './support/reader-marks.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';
import { dragSelect } from './support/select-text.ts';
import { chooseToolbarCategory, clickToolbar, typeInToolbarNote, waitForToolbar, waitForToolbarSaved } from './support/selection-toolbar.ts';
import { storeHighlight } from './support/stored-highlight.ts';
import { connectedTextFields, textFieldValues, typeInTextField } from './support/text-field.ts';

const pages = loadFixturePages();
const routes = fixtureRoutes();
const LAVROV = pages.find((p) => p.case === 'corpus' && p.expect === 'sputnik-2008-09-27-lavrov-relations-not-frozen')!;
const LAVROV_ELSEWHERE = pages.find((p) => p.case === 'other-domain' && p.expect === LAVROV.expect)!;
const HOSTILE = pages.find((p) => p.case === 'hostile' && p.expect === LAVROV.expect)!;
const PASSAGE = 'Moscow in turn blamed Western powers for encouraging Tbilisi';
const NOTE = 'Compare with the NATO statement of 19 Aug 2008 — private note 7c1e';

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

async function open(url: string, extraRoutes?: Map<string, string>): Promise<{ page: Page; probe: OverlayProbe }> {
  const page = await session.openPage(url, extraRoutes ?? routes);
  await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
  const probe = await OverlayProbe.attach(page, session.extensionId);
  await probe.waitFor('.sl-badge');
  return { page, probe };
}

/**
 * Every highlight the page can see, as the page sees it: an opaque name, the
 * text of each range, and the background colour its ::highlight() rule gives
 * it. Only statements are there (priority 0); the fixture pages register no
 * highlights of their own.
 */
interface SeenHighlight {
  name: string;
  priority: number;
  color: string;
  texts: string[];
}

async function seenHighlights(page: Page): Promise<SeenHighlight[]> {
  return page.evaluate(() => {
    const colors = new Map<string, string>();
    for (const sheet of document.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        const match = /^::highlight\((.+)\)$/.exec((rule as CSSStyleRule).selectorText ?? '');
        if (match) colors.set(match[1]!, (rule as CSSStyleRule).style.backgroundColor);
      }
    }
    return [...CSS.highlights].map(([name, highlight]) => ({
      name,
      priority: highlight.priority,
      color: colors.get(name) ?? '',
      texts: [...highlight].map((r) => (r as Range).toString()),
    }));
  });
}

async function statementHighlights(page: Page): Promise<string[]> {
  return (await seenHighlights(page)).filter((h) => h.priority === 0).flatMap((h) => h.texts);
}

/** The reader's highlights drawn on the page (in the closed shadow root: read through the probe). */
async function readerHighlights(page: Page): Promise<string[]> {
  return drawnMarkTexts(page, session.extensionId);
}

/** The texts drawn in the colour of the built-in Evidence category (#2b8a3e). */
async function evidenceHighlights(page: Page): Promise<string[]> {
  return (await drawnMarks(page, session.extensionId)).filter((m) => m.color === '#2b8a3e').map((m) => m.text);
}


describe('statement highlights', () => {
  it.each(pages.filter((p) => p.case === 'corpus').map((p) => [p.expect!, p] as const))(
    'are drawn on %s without changing the page DOM',
    async (_id, fixture) => {
      const page = await session.openPage(fixture.url, routes);
      try {
        const before = await page.evaluate(() => document.body.innerHTML);
        await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
        await expect.poll(async () => (await statementHighlights(page)).length).toBeGreaterThan(2);
        const statements = await statementHighlights(page);
        for (const text of statements) expect(text.trim().length).toBeGreaterThan(3);
        expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
      } finally {
        await page.close();
      }
    },
  );

  it('are all drawn in a window a few lines tall: those out of view in idle time right after those in view', async () => {
    const { page } = await open(LAVROV.url);
    try {
      // What an 800×600 window draws, once nothing more is being added.
      const settled = async (): Promise<string[]> => {
        for (;;) {
          const before = (await statementHighlights(page)).sort();
          await page.evaluate(() => new Promise((done) => setTimeout(done, 1_000)));
          const after = (await statementHighlights(page)).sort();
          if (after.length > 2 && after.join('\n') === before.join('\n')) return after;
        }
      };
      const all = await settled();
      await page.setViewport({ width: 800, height: 120 });
      await page.reload();
      await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      const inView = await page.evaluate(() => window.innerHeight);
      expect(inView).toBe(120);
      await expect.poll(async () => (await statementHighlights(page)).sort(), { timeout: 20_000, interval: 250 }).toEqual(all);
    } finally {
      await page.close();
    }
  });

  it('shows speaker, kind and the same statement elsewhere on hover', async () => {
    const { page, probe } = await open(LAVROV.url);
    try {
      // Highlights out of the first view are drawn in idle time after the first frame: wait for this one (on a busy
      // machine the badge can show before that idle time comes).
      await page.waitForFunction(
        () =>
          [...CSS.highlights.values()].some(
            (h) => h.priority === 0 && [...h].some((r) => (r as Range).toString().startsWith('Our relations are not frozen')),
          ),
        { timeout: 20_000 },
      );
      const point = await page.evaluate(() => {
        const statements = [...CSS.highlights.values()].find((h) => h.priority === 0)!;
        const ranges = [...statements] as Range[];
        const quote = ranges.find((r) => r.toString().startsWith('Our relations are not frozen'))!;
        quote.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = quote.getClientRects()[0]!;
        return { x: rect.left + 20, y: rect.top + rect.height / 2 };
      });
      await page.mouse.move(point.x, point.y);
      const tooltip = await probe.waitFor('.sl-tooltip');
      expect(tooltip.text).toContain('Sergei Lavrov');
      expect(tooltip.text).toContain('Direct quote');
    } finally {
      await page.close();
    }
  });

  it('can be corrected by the reader, and the correction is kept', async () => {
    const { page, probe } = await open(LAVROV.url);
    try {
      await probe.showTab('Statements');
      const items = await probe.queryAll('.sl-list > li');
      expect(items.length).toBeGreaterThan(2);
      await probe.click('.sl-list > li:first-child button:nth-of-type(2)'); // Correct
      // The speaker field is an extension-origin frame: typed into with the real keyboard.
      await typeInTextField(page, probe, '.sl-list > li:first-child iframe.sl-text-field', 'Sergei Viktorovich Lavrov', {
        replace: true,
      });
      await probe.click('.sl-list > li:first-child button[type="submit"]');
      await expect.poll(async () => (await probe.query('.sl-list > li:first-child'))?.text).toContain('corrected by you');
      await page.reload();
      await page.waitForSelector('sourcelight-root');
      const again = await OverlayProbe.attach(page, session.extensionId);
      await again.showTab('Statements');
      expect((await again.waitFor('.sl-list > li:first-child')).text).toContain('Sergei Viktorovich Lavrov');
    } finally {
      await page.close();
    }
  });
});

describe('a reader highlight', () => {
  it('is made through the toolbar with a category and a note', async () => {
    const { page, probe } = await open(LAVROV.url);
    try {
      expect(await dragSelect(page, PASSAGE)).toBe(true);
      const toolbar = await waitForToolbar(page, probe);
      expect(toolbar.text).toContain('Highlight');
      await chooseToolbarCategory(page, probe, 'evidence');
      await typeInToolbarNote(page, probe, NOTE);
      await clickToolbar(page, probe, '.sl-primary');
      await expect.poll(() => readerHighlights(page)).toEqual([PASSAGE]);
      await waitForToolbarSaved(page);
      expect(await evidenceHighlights(page)).toEqual([PASSAGE]);
      // The whole note is stored, though the click came straight after the last keystroke.
      const stored = await session.sendFromExtensionPage({ type: 'annotations/for-page', payload: { url: LAVROV.url, corpusId: LAVROV.expect } });
      const notes = (stored.value as { annotations: { origin: string; note: string }[] }).annotations.filter((r) => r.origin === 'reader');
      expect(notes.map((r) => r.note)).toEqual([NOTE]);
    } finally {
      await page.close();
    }
  });

  it('follows the text when the page changes under it', async () => {
    const { page } = await open(LAVROV.url);
    try {
      await expect.poll(() => readerHighlights(page)).toEqual([PASSAGE]);
      // The page inserts a paragraph above and rewrites the passage's own text node, as live pages do:
      // rewriting the node's data collapses the old range, so only re-anchoring can put it back.
      await page.evaluate((passage: string) => {
        const para = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(passage))!;
        const inserted = document.createElement('p');
        inserted.textContent = 'UPDATE: this story was updated with new reactions from Brussels and Tbilisi.';
        para.parentElement!.insertBefore(inserted, para);
        const node = [...para.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(passage)) as Text;
        node.data = `Meanwhile, ${node.data}`;
      }, PASSAGE);
      const probe = await OverlayProbe.attach(page, session.extensionId);
      await expect
        .poll(() =>
          probe.evaluate(`
            return [...(root?.querySelectorAll('.sl-mark') ?? [])].map((el) => ({
              text: el.markedRange.toString(),
              connected: el.markedRange.startContainer.isConnected,
            }));`),
        )
        .toEqual([{ text: PASSAGE, connected: true }]);
      // Its box moved down with the text under the inserted paragraph.
      await expect
        .poll(async () => {
          const [mark] = await drawnMarks(page, session.extensionId, probe);
          return mark && mark.boxes.length > 0 && Math.abs(mark.boxes[0]!.y - mark.textRects[0]!.y) < 1;
        })
        .toBe(true);
    } finally {
      await page.close();
    }
  });

  it('is found on an article the page renders late', async () => {
    const lateUrl = 'https://sputniknews.com/amp-app/20080927/117172470';
    const page = await session.openPage(lateUrl, new Map(routes).set(lateUrl, lateRenderingPage(LAVROV)));
    try {
      const host = await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      expect(await host!.evaluate((el) => el.getAttribute('data-corpus-id'))).toBe(LAVROV.expect);
      await expect.poll(() => readerHighlights(page), { timeout: 10_000 }).toEqual([PASSAGE]);
    } finally {
      await page.close();
    }
  });

  it.each(['render-first', 'address-first'] as const)('is found after a single-page app navigates to it (%s)', async (order) => {
    const homeUrl = `https://sputniknews.com/spa-home/${order}`;
    const page = await session.openPage(homeUrl, new Map(routes).set(homeUrl, singlePageAppHome(LAVROV, order)));
    try {
      const host = await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      expect(await host!.evaluate((el) => el.getAttribute('data-corpus-id'))).toBe(LAVROV.expect);
      expect(new URL(page.url()).pathname).toBe(SPA_ARTICLE_PATH);
    } finally {
      await page.close();
    }
  });

  it('keeps its note out of the page’s reach', async () => {
    const { page } = await open(HOSTILE.url);
    try {
      await expect.poll(() => readerHighlights(page)).toEqual([PASSAGE]);
      const seen = await page.evaluate((note: string) => {
        const host = document.querySelector('sourcelight-root')!;
        return {
          inDocument: document.documentElement.outerHTML.includes(note),
          inHost: host.innerHTML + host.textContent,
          shadowRoot: host.shadowRoot === null ? null : 'open',
          leaked: JSON.stringify((window as unknown as { __leaked?: unknown }).__leaked ?? []),
        };
      }, NOTE);
      expect(seen).toEqual({ inDocument: false, inHost: '', shadowRoot: null, leaked: '[]' });
    } finally {
      await page.close();
    }
  });

  it('survives a reload and a service-worker restart', async () => {
    const { page } = await open(LAVROV.url);
    try {
      await expect.poll(() => readerHighlights(page)).toEqual([PASSAGE]);
      await session.restartWorker();
      await page.reload();
      await page.waitForSelector('sourcelight-root');
      await expect.poll(() => readerHighlights(page), { timeout: 15_000 }).toEqual([PASSAGE]);
      await session.watchWorkerAgain();
    } finally {
      await page.close();
    }
  });

  it('shows on the same article at another address', async () => {
    const { page, probe } = await open(LAVROV_ELSEWHERE.url);
    try {
      await expect.poll(() => readerHighlights(page)).toEqual([PASSAGE]);
      await probe.showTab('My highlights');
      const item = await probe.waitFor('.sl-list > li');
      expect(item.text).toContain('Evidence');
      await connectedTextFields(page);
      await expect.poll(() => textFieldValues(page), { timeout: 10_000 }).toEqual([NOTE]);
      // And the note is still what is stored (showing it never writes it).
      const stored = await session.sendFromExtensionPage({ type: 'annotations/for-page', payload: { url: LAVROV.url, corpusId: LAVROV.expect } });
      const records = (stored.value as { annotations: { origin: string; note: string }[] }).annotations.filter((r) => r.origin === 'reader');
      expect(records.map((r) => r.note)).toEqual([NOTE]);
    } finally {
      await page.close();
    }
  });

  it('is re-anchored after an edit inside it, and listed as an orphan when its passage is gone', async () => {
    const original = readFixturePage(LAVROV);
    expect(original).toContain(PASSAGE);
    const edited = new Map(routes);
    edited.set(LAVROV.url, original.replace('encouraging Tbilisi', 'encouraging  Tbilisi’s government'));
    let { page } = await open(LAVROV.url, edited);
    try {
      await expect.poll(() => readerHighlights(page)).toHaveLength(1);
      expect((await readerHighlights(page))[0]).toMatch(/^Moscow in turn blamed Western powers for encouraging/);
    } finally {
      await page.close();
    }

    const gone = new Map(routes);
    gone.set(LAVROV.url, original.replace(/<p[^>]*>\s*Moscow in turn blamed[\s\S]*?<\/p>/, ''));
    expect(gone.get(LAVROV.url)).not.toContain('Moscow in turn');
    let probe: OverlayProbe;
    ({ page, probe } = await open(LAVROV.url, gone));
    try {
      await probe.showTab('My highlights');
      const orphan = await probe.waitFor('.sl-caveat');
      expect(orphan.text).toContain('Could not be found on this page');
      expect(orphan.text).toContain('Moscow in turn blamed');
      expect(await readerHighlights(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('can be deleted and the deletion undone', async () => {
    const { page, probe } = await open(LAVROV.url);
    try {
      await probe.showTab('My highlights');
      await probe.waitFor('.sl-list > li');
      const buttons = await probe.queryAll('.sl-list > li button');
      await probe.click(`.sl-list > li button:nth-of-type(${buttons.findIndex((b) => b.text === 'Delete') + 1})`);
      await expect.poll(() => readerHighlights(page)).toEqual([]);
      const toast = await probe.waitFor('.sl-toast');
      expect(toast.text).toContain('Highlight deleted');
      await probe.click('.sl-toast button');
      await expect.poll(() => readerHighlights(page)).toEqual([PASSAGE]);
    } finally {
      await page.close();
    }
  });

  it('is wiped from the database once its undo is closed', async () => {
    const quote = 'We are preparing these consultations with our colleagues from the CSTO';
    const note = 'A note the reader deletes for good — 5d2f';
    await storeHighlight(session, { url: LAVROV.url, corpusId: LAVROV.expect, quote, categoryId: 'claim', note });
    const { page, probe } = await open(LAVROV.url);
    const library = await session.extensionPage('extension/pages/popup/index.html');
    try {
      // The article's tab in front again: a background tab runs no animation frames, which probe.click waits for.
      await page.bringToFront();
      await probe.showTab('My highlights');
      await expect.poll(async () => (await probe.queryAll('.sl-list > li')).some((li) => li.text.includes(quote))).toBe(true);
      const items = await probe.queryAll('.sl-list > li');
      const item = `.sl-list > li:nth-child(${items.findIndex((li) => li.text.includes(quote)) + 1})`;
      const buttons = await probe.queryAll(`${item} button`);
      await probe.click(`${item} button:nth-of-type(${buttons.findIndex((b) => b.text === 'Delete') + 1})`);
      expect((await probe.waitFor('.sl-toast')).text).toContain('Highlight deleted');
      // While the undo is offered the highlight can come back, so it is still stored.
      expect(await dumpDatabase(library)).toContain(note);
      await probe.click('.sl-toast button[aria-label="Close message"]');
      await expect.poll(() => dumpDatabase(library), { timeout: 10_000 }).not.toContain(note);
    } finally {
      await library.close();
      await page.close();
    }
  });

  it('round-trips through export and import', async () => {
    const exported = await session.sendFromExtensionPage({ type: 'library/export', payload: { format: 'jsonld' } });
    expect(exported.ok).toBe(true);
    const file = exported.value as { text: string; count: number };
    const parsed = JSON.parse(file.text) as { type: string; items?: { body?: unknown }[]; first?: { items: unknown[] } };
    expect(JSON.stringify(parsed)).toContain(PASSAGE);
    // Into the reader's own highlights again: every one is a duplicate.
    const again = await session.sendFromExtensionPage({ type: 'library/import', payload: { text: file.text } });
    expect(again).toMatchObject({ ok: true, value: { added: 0, skipped: file.count } });
    // A teacher's file: their own highlights of the same article (new ids, their notes), as a layer of its own.
    type Item = { id: string; body: { value: string; purpose: string }[]; 'urn:sourcelight:annotation': { origin: string } };
    const collection = JSON.parse(file.text) as { first: { items: Item[] }; total: number };
    const teacherItems = collection.first.items
      .filter((item) => item['urn:sourcelight:annotation'].origin === 'reader')
      .map((item) => ({
        ...item,
        id: `urn:uuid:${crypto.randomUUID()}`,
        body: [{ type: 'TextualBody', value: 'Teacher: who benefits from this framing?', format: 'text/plain', purpose: 'commenting' }, ...item.body.filter((b) => b.purpose !== 'commenting')],
      }));
    expect(teacherItems).toHaveLength(1);
    const teacherFile = JSON.stringify({ ...collection, total: teacherItems.length, first: { ...collection.first, items: teacherItems } });
    const layer = await session.sendFromExtensionPage({
      type: 'library/import',
      payload: { text: teacherFile, layerName: 'Teacher: NATO unit' },
    });
    expect(layer).toMatchObject({ ok: true, value: { added: 1, skipped: 0 } });
    const twice = await session.sendFromExtensionPage({
      type: 'library/import',
      payload: { text: teacherFile, layerName: 'Teacher: NATO unit (again)' },
    });
    expect(twice).toMatchObject({ ok: true, value: { added: 0, skipped: 1 } });
    // A broken file is refused whole, with a message, and changes nothing.
    const before = (await session.sendFromExtensionPage({ type: 'library/all', payload: {} })).value as { annotations: unknown[] };
    const broken = await session.sendFromExtensionPage({
      type: 'library/import',
      payload: { text: file.text.slice(0, file.text.length / 2), layerName: 'broken' },
    });
    expect(broken.ok).toBe(false);
    expect(broken.error).toMatch(/JSON|file/i);
    const after = (await session.sendFromExtensionPage({ type: 'library/all', payload: {} })).value as { annotations: unknown[] };
    expect(after.annotations).toHaveLength(before.annotations.length);
  });

  it('can be made on an outlet article outside the corpus, with no page contract there', async () => {
    const story = pages.find((p) => p.url === 'https://www.reuters.com/article/us-nato-afghanistan-idUSTRE5B32KQ20091204')!;
    const passage = 'The pledges, which come on top of the 30,000 extra soldiers';
    const page = await session.openPage(story.url, routes);
    try {
      await new Promise((r) => setTimeout(r, 800));
      // Nothing in the page until the reader selects text.
      expect(await page.evaluate(() => document.documentElement.children.length)).toBe(2);
      expect(await dragSelect(page, passage)).toBe(true);
      // The toolbar's host: a plain element after <body>, nothing named after Sourcelight.
      await page.waitForFunction(() => document.documentElement.children.length === 3, { timeout: 10_000 });
      const probe = await OverlayProbe.attach(page, session.extensionId, 10_000);
      await clickToolbar(page, probe, '.sl-primary');
      await expect.poll(() => readerHighlights(page)).toEqual([passage]);
      expect(await page.$('sourcelight-root')).toBeNull();
      await page.reload();
      await expect.poll(() => readerHighlights(page), { timeout: 15_000 }).toEqual([passage]);
      // Drawn again on the next visit, in a host of the same kind (the page sees it empty); still no page contract.
      expect(await page.evaluate(() => document.documentElement.children.length)).toBe(3);
      expect(await page.$('sourcelight-root')).toBeNull();
    } finally {
      await page.close();
    }
    const library = await session.sendFromExtensionPage({ type: 'library/all', payload: {} });
    const records = (library.value as { annotations: { pageUrl: string; corpusId: string | null; selectors: { quote: { exact: string } } }[] }).annotations;
    expect(records.find((r) => r.selectors.quote.exact === passage)).toMatchObject({ corpusId: null, pageUrl: expect.stringContaining('reuters.com/article/us-nato-afghanistan') });
  });

  it('survives a browser restart on the same profile', async () => {
    const profile = session.userDataDir;
    await session.close();
    session = await launchChromium({ userDataDir: profile });
    const { page } = await open(LAVROV.url);
    try {
      await expect.poll(() => readerHighlights(page), { timeout: 15_000 }).toContain(PASSAGE);
    } finally {
      await page.close();
    }
  });
});
