// A corpus that grows, end to end in Chromium. The tests run in order on one
// browser profile, as a reader would:
//  1. the toolbar popup adds a NATO page on the 4 Dec 2009 NATO-Russia Council
//     meeting. The toolbar button is really clicked: Puppeteer's
//     Page.triggerExtensionAction (CDP Extensions.triggerAction, which needs
//     --enable-unsafe-extension-debugging) runs the extension's action on the
//     tab as a click does, so activeTab is granted by that click and nothing
//     else; the popup then injects the extraction script with chrome.scripting.
//     Not automated: the physical mouse on the toolbar icon.
//  2. it shows under "Same event" in the Sputnik (002) and Reuters (003)
//     panels, and opens in the reader page and the compare view;
//  3. the library adds a saved page and a pack through its real file input,
//     asks for a saved page's missing address, refuses bad files whole;
//  4. an added article's page on an outlet host gets the page contract with
//     its added id; removal keeps the reader's highlights;
//  5. a republished copy shows as a copy (share, which came first); the pages
//     showing added articles pass axe-core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { pageStatus } from './support/page-status.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';

const GROWING = join(import.meta.dirname, '../../fixtures/growing-corpus');
const NATO_URL = 'https://www.nato.int/cps/en/natohq/news_59970.htm';
const NATO_UNCLICKED_URL = `${NATO_URL}?tab=unclicked`;
const NATO_LOGIN_URL = 'https://www.nato.int/cps/en/natohq/login.htm';
const INTERFAX_URL = 'https://interfax.com/newsroom/top-stories/52811/';
// The Interfax report republished on an outlet's site (a wire copy): the content script runs there.
const INTERFAX_ON_REUTERS = 'https://www.reuters.com/article/idUSLDE5B31QZ20091204';
const SPUTNIK_002 = { id: 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks', url: 'https://sputnikglobe.com/20091201/157061783.html' };
const REUTERS_003 = { id: 'reuters-2009-12-04-nato-russia-sign-agreement', url: 'https://reuters.screenocean.com/record/741340' };

const LOGIN_PAGE = `<!doctype html><html lang="en"><head><title>NATO - Log in</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><h1>Log in</h1><form><label>E-mail <input type="email"></label><label>Password <input type="password"></label>
<button>Log in</button></form><p>Forgot your password?</p></main></body></html>`;

function interfaxPage(): string {
  const pack = JSON.parse(readFileSync(join(GROWING, 'interfax-2009-12-04.jsonl'), 'utf8').trim()) as { title: string; text: string };
  const paragraphs = pack.text.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${pack.title} | Reuters</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Reuters"></head><body>
<header><nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a></nav></header>
<main><article><h1>${pack.title}</h1><div class="article-body">${paragraphs}</div></article></main>
<footer><p>All quotes delayed a minimum of 15 minutes.</p></footer></body></html>`;
}

const routes = new Map([
  ...fixtureRoutes(),
  [NATO_URL, readFileSync(join(GROWING, 'nato-2009-12-04.html'), 'utf8')],
  [NATO_UNCLICKED_URL, readFileSync(join(GROWING, 'nato-2009-12-04.html'), 'utf8')],
  [NATO_LOGIN_URL, LOGIN_PAGE],
  [INTERFAX_ON_REUTERS, interfaxPage()],
]);

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium({ extraArgs: ['--enable-unsafe-extension-debugging'] });
}, 60_000);
afterAll(() => session?.close());

interface Added {
  id: string;
  headline: string;
  outletName: string;
  addresses: string[];
}

async function ask<T>(type: string, payload: unknown): Promise<T> {
  const reply = await session.sendFromExtensionPage({ type, payload });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}
const addedArticles = () => ask<Added[]>('corpus/added', {});

/** Clicks the toolbar button over `tab` and waits for the popup to say what it made of the tab. */
async function clickToolbarButton(tab: Page): Promise<Page> {
  await tab.bringToFront();
  // The popup that opens now, not the popup page the tests send their messages from.
  const before = new Set(session.browser.targets());
  const opened = session.browser.waitForTarget((t) => !before.has(t) && t.url().includes('/popup/index.html'), { timeout: 20_000 });
  const extension = (await session.browser.extensions()).get(session.extensionId);
  if (!extension) throw new Error('Sourcelight is not among the browser extensions');
  await tab.triggerExtensionAction(extension);
  const popup = (await (await opened).asPage())!;
  await popup.waitForSelector('[data-action="add-page"]', { timeout: 20_000 });
  return popup;
}

async function addFromPopup(popup: Page): Promise<string> {
  await popup.click('[data-action="add-page"]');
  await popup.waitForFunction(
    () => {
      const text = document.querySelector('[data-add-status]')?.textContent ?? '';
      return text !== '' && !text.startsWith('Reading');
    },
    { timeout: 30_000 },
  );
  return popup.$eval('[data-add-status]', (el) => el.textContent ?? '');
}

/** Opens a corpus page's panel on its Cross-references tab. */
async function crossReferencesPanel(url: string): Promise<{ page: Page; probe: OverlayProbe }> {
  await ask('site/set-prefs', { host: new URL(url).hostname, overlay: 'collapsed' });
  const page = await session.openPage(url, routes);
  await page.waitForSelector('sourcelight-root', { timeout: 30_000 });
  const probe = await OverlayProbe.attach(page, session.extensionId);
  await probe.waitFor('.sl-badge', 20_000);
  await probe.click('.sl-badge');
  const tabs = await probe.queryAll('[role="tab"]');
  await probe.click(`[role="tab"]:nth-child(${tabs.findIndex((t) => t.text === 'Cross-references') + 1})`);
  await probe.waitFor('.sl-crossrefs');
  return { page, probe };
}

async function openLibrary(): Promise<Page> {
  const library = await session.extensionPage('extension/pages/library/index.html');
  await library.waitForSelector('[data-add-files]');
  return library;
}

/** Chooses files in the library's real file input and waits until every one has a result. */
async function addFiles(library: Page, files: string[], answerAddress?: string): Promise<{ kind: string; text: string }[]> {
  const input = await library.$('input[data-add-files]');
  await input!.uploadFile(...files.map((f) => join(GROWING, f)));
  if (answerAddress) {
    await library.waitForSelector('[data-address-input]', { timeout: 20_000 });
    await library.type('[data-address-input]', answerAddress);
    await library.click('.sl-address-form button[type="submit"]');
  }
  await library.waitForFunction((n: number) => document.querySelectorAll('[data-add-results] li').length === n && !document.querySelector('[data-add-progress]'), { timeout: 60_000 }, files.length);
  return library.$$eval('[data-add-results] li', (items) => items.map((li) => ({ kind: li.getAttribute('data-result') ?? '', text: li.textContent ?? '' })));
}

let natoId = '';

describe('adding the page in the tab from the toolbar popup', () => {
  it('adds a NATO page on the 4 Dec 2009 meeting when the reader clicks the button and "Add this page"', async () => {
    const tab = await session.openPage(NATO_URL, routes);
    expect(await tab.$('sourcelight-root')).toBeNull(); // not an outlet: no content script, no overlay
    try {
      const popup = await clickToolbarButton(tab);
      expect(await addFromPopup(popup)).toBe('Added to your corpus: NATO, NATO-Russia Council meets at the level of Foreign Ministers');
      const readerLink = await popup.$eval('[data-added-reader]', (a) => a.getAttribute('href'));
      await popup.close();
      const [added] = await addedArticles();
      expect(added).toMatchObject({ outletName: 'NATO', headline: 'NATO-Russia Council meets at the level of Foreign Ministers', addresses: [NATO_URL] });
      natoId = added!.id;
      expect(readerLink).toBe(`../reader/index.html?id=${natoId}`);

      // Twice is once.
      const again = await clickToolbarButton(tab);
      expect(await addFromPopup(again)).toBe('Already in your corpus: NATO-Russia Council meets at the level of Foreign Ministers');
      await again.close();
      expect(await addedArticles()).toHaveLength(1);
    } finally {
      await tab.close();
    }
  });

  it('says there is no article on a log-in page and stores nothing', async () => {
    const tab = await session.openPage(NATO_LOGIN_URL, routes);
    try {
      const popup = await clickToolbarButton(tab);
      expect(await addFromPopup(popup)).toMatch(/^Nothing was added: no article found on this page/);
      await popup.close();
      expect(await addedArticles()).toHaveLength(1);
    } finally {
      await tab.close();
    }
  });

  it('cannot script a tab whose toolbar button the reader did not click (no host permission)', async () => {
    // A tab of its own, never clicked on: activeTab was granted to the earlier tabs only.
    const tab = await session.openPage(NATO_UNCLICKED_URL, routes);
    const worker = await session.worker();
    await tab.bringToFront();
    // Without the "tabs" permission the worker cannot look tabs up by address: the new tab is the active one.
    const outcome = await worker.evaluate(async () => {
      const [found] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      try {
        await chrome.scripting.executeScript({ target: { tabId: found!.id! }, func: () => document.title });
        return 'scripted';
      } catch (error) {
        return String(error);
      }
    });
    expect(outcome).toMatch(/Cannot access contents of the page|permission/i);
    await tab.close();
  });
});

describe('the added article beside the shipped ones', () => {
  it.each([SPUTNIK_002, REUTERS_003])('shows under "Same event" in the panel of $id', async (article) => {
    const { page, probe } = await crossReferencesPanel(article.url);
    try {
      const ref = await probe.waitFor(`[data-section="same-event"] [data-ref-id="${natoId}"]`);
      expect(ref.text).toContain('NATO');
      expect(ref.text).toContain('added by you');
      expect(ref.text).toContain('NATO-Russia Council meets at the level of Foreign Ministers');
      // Dates are in the browser locale's one format (extension/ui/format-date.ts): "4 Dec 2009" or "Dec 4, 2009".
      expect(ref.text).toMatch(/4 Dec(ember)? 2009|Dec(ember)? 4, 2009/);
    } finally {
      await page.close();
    }
  });

  it('opens in the reader page from the panel, and in the compare view beside the Reuters report', async () => {
    const { page, probe } = await crossReferencesPanel(REUTERS_003.url);
    try {
      const readerOpened = session.browser.waitForTarget((t) => t.url().includes(`/reader/index.html?id=${natoId}`), { timeout: 20_000 });
      await probe.click(`[data-section="same-event"] [data-ref-id="${natoId}"] [data-action="reader"]`);
      const reader = (await (await readerOpened).page())!;
      await reader.waitForFunction(() => document.querySelector('h1')?.textContent === 'NATO-Russia Council meets at the level of Foreign Ministers', { timeout: 20_000 });
      const readerText = await reader.evaluate(() => document.body.textContent ?? '');
      expect(readerText).toContain('Added to your corpus');
      expect(readerText).toContain('Foreign Ministers of the NATO-Russia Council met in Brussels on Friday, 4 December 2009');
      expect(await reader.$(`[data-section="same-event"] [data-ref-id="${REUTERS_003.id}"]`)).not.toBeNull();
      await reader.close();

      const compareOpened = session.browser.waitForTarget((t) => t.url().includes('/compare/index.html'), { timeout: 20_000 });
      await probe.click(`[data-section="same-event"] [data-ref-id="${natoId}"] [data-action="compare"]`);
      const compare = (await (await compareOpened).page())!;
      await compare.waitForFunction(() => document.querySelectorAll('.sl-column h2').length === 2, { timeout: 30_000 });
      const headings = await compare.$$eval('.sl-column h2', (h) => h.map((x) => x.textContent));
      expect(headings).toEqual(['BELGIUM: NATO and Russia sign agreement paving the way to smoother relations', 'NATO-Russia Council meets at the level of Foreign Ministers']);
      expect(await compare.$eval('[data-side="b"] [data-original]', (a) => a.getAttribute('href'))).toBe(NATO_URL);
      await compare.close();
    } finally {
      await page.close();
    }
  });
});

describe('the library: Add articles', () => {
  it('adds a saved page and a pack at once, with a result for each file; both join the event', async () => {
    const library = await openLibrary();
    const results = await addFiles(library, ['rferl-2009-12-04-saved.html', 'interfax-2009-12-04.jsonl']);
    expect(results).toEqual([
      { kind: 'ok', text: 'rferl-2009-12-04-saved.html: added 1 article.' },
      { kind: 'ok', text: 'interfax-2009-12-04.jsonl: added 1 article.' },
    ]);
    await library.waitForFunction(() => document.querySelectorAll('[data-added-list] li').length === 3, { timeout: 20_000 });
    const added = await addedArticles();
    expect(added.map((a) => a.outletName)).toEqual(['Interfax', 'RFE/RL', 'NATO']);
    expect(added[1]!.addresses[0]).toBe('https://www.rferl.org/a/NATO_Russia_Agree_To_Review_Common_Threats/1895212.html');
    await library.close();

    const reader = await session.extensionPage(`extension/pages/reader/index.html?id=${SPUTNIK_002.id}`);
    await reader.waitForSelector('[data-section="same-event"]', { timeout: 20_000 });
    const sameEvent = await reader.$$eval('[data-section="same-event"] [data-ref-id]', (items) => items.map((i) => i.getAttribute('data-ref-id')));
    expect(sameEvent).toEqual(expect.arrayContaining([REUTERS_003.id, ...added.map((a) => a.id)]));
    await reader.close();
  });

  it('asks for the address of a saved page that does not give it', async () => {
    const library = await openLibrary();
    const results = await addFiles(library, ['no-address-saved.html'], 'https://www.rferl.org/a/cautious-restart/1895300.html');
    expect(results).toEqual([{ kind: 'ok', text: 'no-address-saved.html: added 1 article.' }]);
    expect((await addedArticles())[0]!.addresses[0]).toBe('https://www.rferl.org/a/cautious-restart/1895300.html');
    await library.close();
  });

  it('refuses bad files whole, naming the file and the line, and stores nothing of them', async () => {
    const before = await addedArticles();
    const library = await openLibrary();
    const results = await addFiles(library, ['bad-pack.jsonl', 'not-a-page.html']);
    expect(results.map((r) => r.kind)).toEqual(['error', 'error']);
    expect(results[0]!.text).toMatch(/^bad-pack\.jsonl: line 3: /);
    expect(results[1]!.text).toMatch(/^not-a-page\.html: this is not a text file/);
    expect(await addedArticles()).toEqual(before); // the two good lines of bad-pack.jsonl were not added either
    await library.close();
  });
});

describe('an added article on an outlet page, and removing it', () => {
  let interfaxId = '';

  it('recognises the Interfax report republished on an outlet host: the page contract carries its added id', async () => {
    interfaxId = (await addedArticles()).find((a) => a.addresses[0] === INTERFAX_URL)!.id;
    const page = await session.openPage(INTERFAX_ON_REUTERS, routes);
    await page.waitForSelector('sourcelight-root', { timeout: 30_000 });
    const contract = await page.evaluate(() => {
      const roots = document.querySelectorAll('sourcelight-root');
      return { count: roots.length, corpusId: roots[0]!.getAttribute('data-corpus-id'), outlet: roots[0]!.getAttribute('data-outlet'), shadow: roots[0]!.shadowRoot !== null };
    });
    expect(contract).toEqual({ count: 1, corpusId: interfaxId, outlet: 'reuters', shadow: false });
    await page.close();
  });

  it('finds it by search, exports the corpus as a pack, and removes it while keeping the highlights on its page', async () => {
    const page = await session.openPage(INTERFAX_ON_REUTERS, routes);
    await page.waitForSelector('sourcelight-root', { timeout: 30_000 });
    const exact = 'Russia is not trying to acquire a veto over NATO decisions';
    const highlight = await ask<{ id: string }>('annotations/create', {
      url: INTERFAX_ON_REUTERS,
      corpusId: interfaxId,
      selectors: { quote: { type: 'TextQuoteSelector', exact, prefix: '(Interfax) - ', suffix: ' with its' }, position: { type: 'TextPositionSelector', start: 29, end: 29 + exact.length } },
      categoryId: 'claim',
      note: 'compare with the Reuters wording',
      tags: [],
    });
    await page.close();

    const library = await openLibrary();
    await library.waitForFunction(() => document.querySelectorAll('[data-added-list] li').length === 4, { timeout: 20_000 });
    await library.type('[data-added-search]', 'interfax veto');
    await library.waitForFunction(() => document.querySelectorAll('[data-added-list] li').length === 1, { timeout: 20_000 });
    expect(await library.$eval('[data-added-list] li', (li) => li.getAttribute('data-added-id'))).toBe(interfaxId);

    await library.click('[data-action="export-pack"]');
    await library.waitForSelector('[data-added-message]', { timeout: 20_000 });
    expect(await library.$eval('[data-added-message]', (p) => p.textContent)).toMatch(/^Exported 4 articles to sourcelight-corpus-\d{4}-\d\d-\d\d\.jsonl\.$/);
    const pack = await ask<{ text: string; count: number }>('corpus/export-pack', {});
    expect(pack.text.trim().split('\n').map((line) => (JSON.parse(line) as { url: string }).url)).toContain(INTERFAX_URL);

    await library.click(`[data-added-id="${interfaxId}"] [data-action="remove-added"]`);
    await library.waitForFunction(() => document.querySelector('[data-added-message]')?.textContent?.startsWith('Removed'), { timeout: 20_000 });
    expect(await library.$eval('[data-added-message]', (p) => p.textContent)).toContain('Your highlights on its page are kept.');
    expect((await addedArticles()).map((a) => a.id)).not.toContain(interfaxId);
    await library.close();

    // Its page is an ordinary outlet article again; the highlight is still there, keyed to the address.
    const again = await session.openPage(INTERFAX_ON_REUTERS, routes);
    expect((await pageStatus(session, INTERFAX_ON_REUTERS, 30_000)).state).toBe('not-in-corpus');
    expect(await again.$('sourcelight-root')).toBeNull();
    const kept = await ask<{ annotations: { id: string; note: string }[] }>('annotations/for-page', { url: INTERFAX_ON_REUTERS, corpusId: null });
    expect(kept.annotations.map((a) => a.id)).toContain(highlight.id);
    await again.close();
  });
});

describe('copies, and the pages with added articles', () => {
  let copyId = '';

  it('lists a republished copy of the Reuters report under "Copies" with the share and which came first', async () => {
    const { article } = await ask<{ article: { paragraphs: string[] } }>('corpus/article', { id: REUTERS_003.id });
    const text = ['BRUSSELS (Agencies) -', ...article.paragraphs.filter((p) => p.length > 150).slice(0, 8)].join('\n\n');
    const report = await ask<{ added: Added[] }>('corpus/add', {
      articles: [{ url: 'https://www.dailyrepublish.example/world/nato-russia-sign', title: 'NATO, Russia sign cooperation documents', outlet: 'Daily Republish', published: '2009-12-07', text }],
      from: 'pack',
      fileName: 'copies.jsonl',
    });
    copyId = report.added[0]!.id;
    const reader = await session.extensionPage(`extension/pages/reader/index.html?id=${REUTERS_003.id}`);
    try {
      await reader.waitForSelector(`[data-section="copies"] [data-ref-id="${copyId}"]`, { timeout: 20_000 });
      const line = await reader.$eval(`[data-section="copies"] [data-ref-id="${copyId}"]`, (li) => li.textContent ?? '');
      expect(line).toContain('Daily Republish');
      expect(line).toMatch(/\d+% of this article's text is also in it · this article came first/);
    } finally {
      await reader.close();
    }
  });

  it.each([
    ['the reader page of an added article', () => `extension/pages/reader/index.html?id=${copyId}`, '[data-section="copies"]'],
    ['the library with added articles', () => 'extension/pages/library/index.html', '[data-added-list] li'],
  ])('%s has no axe-core violations, light and dark', async (_name, path, ready) => {
    const page = await session.extensionPage(path());
    try {
      await page.waitForSelector(ready, { timeout: 20_000 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect(describeViolations(await runAxe(page)), `${scheme} scheme`).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
