// The extension's own pages in a real Chromium: the reader (a corpus copy with
// its provenance, statements and cross-references), the compare view (shared
// passages aligned in two columns) and the library (search, edit, delete and
// undo, export, import), each checked with axe-core in both colour schemes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import catalog from '../../fixtures/corpus/catalog.json' with { type: 'json' };
import { describeViolations, runAxe } from './support/axe.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { requireBuild } from './support/require-build.ts';
import { waitForFile } from './support/wait.ts';

const SPUTNIK_002 = 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks';
const REUTERS_003 = 'reuters-2009-12-04-nato-russia-sign-agreement';
const OYE_004 = 'oyetimes-2010-09-lavrov-upset-ambiguous-stance';
const headlineOf = new Map(catalog.articles.map((a) => [a.id, a.headline]));
const readerPath = (id: string) => `extension/pages/reader/index.html?id=${encodeURIComponent(id)}`;
const comparePath = (a: string, b: string) => `extension/pages/compare/index.html?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
const LIBRARY = 'extension/pages/library/index.html';

let session: ChromiumSession;
const workDir = mkdtempSync(join(tmpdir(), 'sourcelight-pages-'));

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

async function open(path: string, ready: string): Promise<Page> {
  const page = await session.extensionPage(path);
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // The page really follows the scheme (dark background in dark mode).
    expect(background, scheme).toBe(scheme === 'dark' ? 'rgb(21, 27, 36)' : 'rgb(255, 255, 255)');
    expect(describeViolations(await runAxe(page)), `${scheme} scheme`).toEqual([]);
  }
  await page.emulateMediaFeatures([]);
}

describe('reader page', () => {
  it.each(catalog.articles.map((a) => [a.id] as const))('%s: copy, provenance with sources, article card and cross-references', async (id) => {
    const page = await open(readerPath(id), '#sl-headline');
    try {
      const view = await page.evaluate(() => ({
        headline: document.querySelector('#sl-headline')?.textContent,
        paragraphs: document.querySelectorAll('.sl-article-text p').length,
        outletCards: [...document.querySelectorAll('[data-outlet-card]')].map((el) => el.getAttribute('data-outlet-card')),
        outletSourceLinks: [...document.querySelectorAll('[data-outlet-card] .sl-sources a')].filter((a) => /^https?:/.test(a.getAttribute('href') ?? '')).length,
        dates: [...document.querySelectorAll('.sl-article-card .sl-date')].map((li) => li.textContent ?? ''),
        crossrefs: document.querySelector('.sl-crossrefs') !== null,
        statementsListed: document.querySelectorAll('.sl-statements > li').length,
        statementsMarked: new Set([...document.querySelectorAll('mark[data-statement]')].map((m) => m.getAttribute('data-statement'))).size,
      }));
      expect(view.headline).toBe(headlineOf.get(id));
      expect(view.paragraphs).toBeGreaterThan(3);
      expect(view.outletCards.length).toBeGreaterThan(0);
      expect(view.outletSourceLinks).toBeGreaterThan(0);
      expect(view.dates.length).toBeGreaterThan(0);
      expect(view.crossrefs).toBe(true);
      // Every statement in the list is marked in the text, and the reverse.
      expect(view.statementsMarked).toBe(view.statementsListed);
    } finally {
      await page.close();
    }
  });

  it('shows who runs Sputnik (Rossiya Segodnya) with a source link, and the RIA Novosti wire card', async () => {
    const page = await open(readerPath(SPUTNIK_002), '#sl-headline');
    try {
      const card = await page.evaluate(() => {
        const el = document.querySelector('[data-outlet-card="sputnik"]')!;
        const operator = el.querySelector('.sl-fields > dd')!;
        return {
          operatorText: operator.textContent ?? '',
          operatorLinks: [...operator.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
          history: el.textContent ?? '',
          wire: document.querySelector('[data-outlet-card="ria-novosti"]') !== null,
          anonymous: [...document.querySelectorAll('.sl-anonymous li')].map((li) => li.textContent),
        };
      });
      expect(card.operatorText).toContain('Rossiya Segodnya');
      expect(card.operatorLinks.length).toBeGreaterThan(0);
      for (const link of card.operatorLinks) expect(link).toMatchObject({ href: expect.stringMatching(/^https:\/\//), target: '_blank', rel: 'noreferrer' });
      expect(card.history).toContain('RIA Novosti');
      expect(card.wire).toBe(true);
      expect(card.anonymous.join(' ')).toContain("a source in Russia's diplomatic mission");
    } finally {
      await page.close();
    }
  });

  it('says outright that the Oye! Times operator is not established', async () => {
    const page = await open(readerPath(OYE_004), '#sl-headline');
    try {
      const operator = await page.$eval('[data-outlet-card="oyetimes"] .sl-fields > dd', (dd) => ({
        marker: dd.querySelector('.sl-tag-unknown')?.textContent,
        unknownClass: dd.querySelector('.sl-fact-unknown') !== null,
      }));
      expect(operator).toEqual({ marker: 'Not established', unknownClass: true });
    } finally {
      await page.close();
    }
  });

  it('shows the Reuters archive metadata (pool footage, embargo, copyright) from the page', async () => {
    const page = await open(readerPath(REUTERS_003), '#sl-headline');
    try {
      const signals = await page.$$eval('.sl-signal', (els) => els.map((el) => el.getAttribute('data-signal')));
      expect(signals).toEqual(expect.arrayContaining(['pool-footage', 'embargo', 'copyright']));
    } finally {
      await page.close();
    }
  });

  it('lists the Reuters story as the same event on 002, and its Reader button opens that copy', async () => {
    const page = await open(readerPath(SPUTNIK_002), '#sl-headline');
    try {
      const ref = await page.$eval(`[data-section="same-event"] [data-ref-id="${REUTERS_003}"]`, (li) => ({
        text: li.textContent ?? '',
        address: li.querySelector('a.sl-ref-address')?.getAttribute('href'),
      }));
      expect(ref.text).toContain('Reuters');
      expect(ref.text).toContain(headlineOf.get(REUTERS_003));
      expect(ref.address).toBe(catalog.articles.find((a) => a.id === REUTERS_003)!.addresses[0]);
      await Promise.all([page.waitForNavigation(), page.click(`[data-section="same-event"] [data-ref-id="${REUTERS_003}"] button[data-action="reader"]`)]);
      await page.waitForSelector('#sl-headline');
      expect(await page.$eval('#sl-headline', (h) => h.textContent)).toBe(headlineOf.get(REUTERS_003));
    } finally {
      await page.close();
    }
  });

  it('explains an unknown id and offers the corpus articles', async () => {
    const page = await open(readerPath('no-such-article'), '[role="alert"]');
    try {
      expect(await page.$eval('[role="alert"]', (el) => el.textContent)).toContain('no-such-article');
      expect(await page.$$eval('main a[href^="?id="]', (as) => as.length)).toBe(catalog.articles.length);
    } finally {
      await page.close();
    }
  });

  it('has no axe-core violations, light and dark', async () => {
    for (const id of [SPUTNIK_002, OYE_004]) {
      const page = await open(readerPath(id), '#sl-headline');
      try {
        await expectNoAxeViolations(page);
      } finally {
        await page.close();
      }
    }
  });
});

describe('compare view', () => {
  it('shows 002 and 003 side by side with a highlighted shared passage in both', async () => {
    const page = await open(comparePath(SPUTNIK_002, REUTERS_003), '.sl-column');
    try {
      const view = await page.evaluate(() => ({
        headlines: [...document.querySelectorAll('.sl-column h2')].map((h) => h.textContent),
        marksA: document.querySelectorAll('[data-column="a"] mark.sl-passage').length,
        marksB: document.querySelectorAll('[data-column="b"] mark.sl-passage').length,
        listed: document.querySelectorAll('[data-passage-button]').length,
        kinds: [...document.querySelectorAll('[data-column="a"] mark.sl-passage .sl-visually-hidden')].map((s) => s.textContent),
        sideBySide: (() => {
          const [a, b] = [...document.querySelectorAll('.sl-column')].map((c) => c.getBoundingClientRect());
          return a!.top === b!.top && a!.right <= b!.left;
        })(),
      }));
      expect(view.headlines).toEqual([headlineOf.get(SPUTNIK_002), headlineOf.get(REUTERS_003)]);
      expect(view.marksA).toBeGreaterThan(0);
      expect(view.marksB).toBeGreaterThan(0);
      expect(view.listed).toBeGreaterThan(0);
      // The kind is said in words, not only shown in colour.
      expect(view.kinds[0]).toMatch(/word for word|paraphrase/);
      expect(view.sideBySide).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('clicking a passage in one column scrolls the other column to it; the list scrolls both', async () => {
    const page = await open(comparePath(SPUTNIK_002, REUTERS_003), '.sl-column');
    try {
      const inView = (side: 'a' | 'b') =>
        page.evaluate((s) => {
          const column = document.querySelector(`[data-column="${s}"]`)!;
          const mark = column.querySelector('mark[data-passage="1"][data-first]')!;
          const c = column.getBoundingClientRect();
          const m = mark.getBoundingClientRect();
          return { scrollTop: column.scrollTop, visible: m.top >= c.top && m.bottom <= c.bottom };
        }, side);
      await page.$eval('[data-column="b"]', (c) => c.scrollTo(0, 0));
      expect((await inView('b')).visible).toBe(false);
      await page.click('[data-column="a"] mark[data-passage="1"]');
      const b = await inView('b');
      expect(b.scrollTop).toBeGreaterThan(0);
      expect(b.visible).toBe(true);
      expect(await page.$eval('[data-column="b"] mark[data-passage="1"]', (m) => m.classList.contains('sl-current'))).toBe(true);

      await page.$eval('[data-column="b"]', (c) => c.scrollTo(0, 0));
      await page.click('[data-passage-button="1"]');
      expect((await inView('a')).visible).toBe(true);
      expect((await inView('b')).visible).toBe(true);
      expect(await page.$eval('[data-passage-button="1"]', (el) => el.getAttribute('aria-current'))).toBe('true');
    } finally {
      await page.close();
    }
  });

  it('the picker changes an article; pairs with nothing shared and unknown ids get a clear message', async () => {
    const page = await open(comparePath(SPUTNIK_002, REUTERS_003), '.sl-column');
    try {
      await page.select('select[data-picker="b"]', 'sputnik-2007-06-26-russia-links-cooperation-to-reform');
      await page.select('select[data-picker="a"]', 'sputnik-2008-09-27-lavrov-relations-not-frozen');
      await page.waitForFunction(() => document.querySelector('.sl-column h2')?.textContent?.includes('Lavrov'));
      await page.waitForFunction(() => document.querySelector('[role="status"].sl-notice')?.textContent?.includes('share no passage'));
      expect(new URL(page.url()).searchParams.get('b')).toBe('sputnik-2007-06-26-russia-links-cooperation-to-reform');
    } finally {
      await page.close();
    }
    const bad = await open(comparePath(SPUTNIK_002, 'nope'), '[role="alert"]');
    try {
      expect(await bad.$eval('[role="alert"]', (el) => el.textContent)).toContain('nope');
    } finally {
      await bad.close();
    }
  });

  it('has no axe-core violations, light and dark', async () => {
    const page = await open(comparePath(SPUTNIK_002, REUTERS_003), '.sl-column');
    try {
      await expectNoAxeViolations(page);
    } finally {
      await page.close();
    }
  });
});

describe('library page', () => {
  const QUOTE = "The Russian envoy to NATO held a constructive meeting with the alliance's secretary general on Tuesday";
  let page: Page;

  const entryCount = () => page.$$eval('.sl-entry', (els) => els.length);
  const waitForEntries = (n: number) => page.waitForFunction((k) => document.querySelectorAll('.sl-entry').length === k, { timeout: 10_000 }, n);

  beforeAll(async () => {
    page = await open(LIBRARY, 'h1');
    await page.evaluate(async (quote) => {
      const send = chrome.runtime.sendMessage.bind(chrome.runtime);
      const replies = [
        await send({
          type: 'annotations/create',
          payload: {
            url: 'https://sputnikglobe.com/20091201/157061783.html',
            corpusId: 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks',
            selectors: { quote: { type: 'TextQuoteSelector', exact: quote }, position: { type: 'TextPositionSelector', start: 37, end: 139 } },
            categoryId: 'claim',
            note: 'Who is the unnamed source?',
            tags: ['class-7b'],
          },
        }),
        await send({
          type: 'annotations/create',
          payload: {
            url: 'https://example.org/blog/post',
            corpusId: null,
            selectors: { quote: { type: 'TextQuoteSelector', exact: 'A blog post quoting the story' }, position: { type: 'TextPositionSelector', start: 0, end: 29 } },
            categoryId: 'question',
            note: 'Check where this blog got it',
            tags: [],
          },
        }),
      ];
      for (const r of replies) if (!r.ok) throw new Error(r.error);
    }, QUOTE);
    await page.reload();
    await waitForEntries(2);
  });
  afterAll(() => page?.close());

  it('asks for persistent storage and says what the browser answered', async () => {
    await page.waitForSelector('[data-storage-note]');
    expect(await page.$eval('[data-storage-note]', (el) => el.textContent)).toMatch(/persistent storage|may clear/);
  });

  it('groups by page and by corpus article; each entry opens its place', async () => {
    expect(await page.$$eval('.sl-group', (els) => els.map((e) => e.getAttribute('data-group')))).toEqual(
      expect.arrayContaining(['https://sputnikglobe.com/20091201/157061783.html', 'https://example.org/blog/post']),
    );
    const hrefs = await page.$$eval('.sl-entry a[data-action="open"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.startsWith('https://sputnikglobe.com/20091201/157061783.html#:~:text='))).toBe(true);
    expect(hrefs.some((h) => h.startsWith('https://example.org/blog/post'))).toBe(true);
    await page.click('input[data-grouping="article"]');
    await page.waitForFunction(() => document.querySelectorAll('.sl-group').length === 1);
    expect(await page.$eval('.sl-group-name', (el) => el.textContent)).toBe(headlineOf.get(SPUTNIK_002));
    await page.click('input[name="sl-grouping"]:not([data-grouping])');
    await page.waitForFunction(() => document.querySelectorAll('.sl-group').length === 2);
  });

  it('finds highlights by note, tag and quote words', async () => {
    await page.type('input[data-library="search"]', 'unnamed source');
    await waitForEntries(1);
    expect(await page.$eval('.sl-entry blockquote', (el) => el.textContent)).toBe(QUOTE);
    await page.$eval('input[data-library="search"]', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await page.type('input[data-library="search"]', 'blog');
    await waitForEntries(1);
    await page.$eval('input[data-library="search"]', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await page.type('input[data-library="search"]', 'zzz-nothing');
    await waitForEntries(0);
    await page.click('input[data-library="search"]', { count: 3 });
    await page.keyboard.press('Backspace');
    await waitForEntries(2);
  });

  it('edits a note and category in place, and the change is stored', async () => {
    const id = await page.$eval('.sl-entry', (el) => el.getAttribute('data-annotation-id'));
    // The form opens with the focus in its note, at once: a field clicked straight after keeps the focus (a focus
    // moved a frame later pulled the caret out of the tags field while a test typed there).
    const focusAfterQuickClick = await page.evaluate(async (entry) => {
      (document.querySelector(`${entry} button[data-action="edit"]`) as HTMLButtonElement).click();
      const noteFirst = await new Promise<boolean>((resolve) => setTimeout(() => resolve(document.activeElement === document.querySelector(`${entry} textarea`))));
      (document.querySelector(`${entry} input[data-edit="tags"]`) as HTMLInputElement).focus();
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      return { noteFirst, tagsKept: document.activeElement === document.querySelector(`${entry} input[data-edit="tags"]`) };
    }, `.sl-entry[data-annotation-id="${id}"]`);
    expect(focusAfterQuickClick).toEqual({ noteFirst: true, tagsKept: true });
    const textarea = `.sl-entry[data-annotation-id="${id}"] textarea`;
    await page.$eval(textarea, (el) => {
      (el as HTMLTextAreaElement).value = '';
    });
    await page.type(textarea, 'Edited note for class');
    await page.select(`.sl-entry[data-annotation-id="${id}"] select`, 'evidence');
    await page.click(`.sl-entry[data-annotation-id="${id}"] button[type="submit"]`);
    await page.waitForFunction((i) => document.querySelector(`.sl-entry[data-annotation-id="${i}"] .sl-entry-note`)?.textContent === 'Edited note for class', {}, id);
    await page.reload();
    await waitForEntries(2);
    const stored = await page.$eval(`.sl-entry[data-annotation-id="${id}"]`, (el) => ({
      note: el.querySelector('.sl-entry-note')?.textContent,
      category: el.querySelector('.sl-entry-category')?.textContent,
    }));
    expect(stored).toEqual({ note: 'Edited note for class', category: 'Evidence' });
  });

  it('deletes a highlight and brings it back with Undo', async () => {
    const id = await page.$eval('.sl-entry', (el) => el.getAttribute('data-annotation-id'));
    await page.click(`.sl-entry[data-annotation-id="${id}"] button[data-action="delete"]`);
    await waitForEntries(1);
    await page.waitForSelector('button[data-action="undo"]');
    // Focus moves to Undo, so the keyboard can take it back at once.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('undo');
    await page.click('button[data-action="undo"]');
    await waitForEntries(2);
    await page.reload();
    await waitForEntries(2);
    expect(await page.$$eval('.sl-entry', (els) => els.map((e) => e.getAttribute('data-annotation-id')))).toContain(id);
  });

  it('exports W3C JSON-LD that parses and holds the highlights', async () => {
    const downloads = mkdtempSync(join(workDir, 'downloads-'));
    const cdp = await session.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.click('button[data-export="jsonld"]');
    const file = await waitForFile(downloads, /\.jsonld$/, 10_000);
    const doc = JSON.parse(readFileSync(join(downloads, file), 'utf8'));
    const text = JSON.stringify(doc);
    expect(text).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(text).toContain(QUOTE);
    expect(text).toContain('Edited note for class');
    await page.waitForFunction(() => document.querySelector('.sl-form-ok')?.textContent?.includes('Exported 2'));
  });

  it('refuses a bad file with the reason and changes nothing', async () => {
    const before = await entryCount();
    const bad = join(workDir, 'broken.jsonld');
    writeFileSync(bad, '{"type": "AnnotationCollection", "first": {"items": [ {"type": "Annotation"');
    await chooseImportFile(bad);
    await page.click('button[data-import="submit"]');
    await page.waitForSelector('.sl-tool .sl-form-error');
    expect(await page.$eval('.sl-tool .sl-form-error', (el) => el.textContent)).toContain('not valid JSON');
    expect(await entryCount()).toBe(before);
  });

  it("imports a teacher's file as a separate layer under the name given", async () => {
    const teacher = join(workDir, 'teacher-notes.jsonld');
    writeFileSync(
      teacher,
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        label: 'Teacher notes',
        first: {
          type: 'AnnotationPage',
          items: [
            {
              id: 'urn:uuid:6a1c2d4e-0000-4000-8000-000000000001',
              type: 'Annotation',
              bodyValue: 'Teacher: compare this with the Reuters footage.',
              target: {
                source: 'https://sputnikglobe.com/20091201/157061783.html',
                selector: [
                  { type: 'TextQuoteSelector', exact: 'Dmitry Rogozin met with Anders Fogh Rasmussen' },
                  { type: 'TextPositionSelector', start: 200, end: 245 },
                ],
              },
            },
          ],
        },
      }),
    );
    const before = await entryCount();
    await chooseImportFile(teacher);
    // The layer name defaults to the file name; the reader renames it.
    expect(await page.$eval('input[data-import="layer-name"]', (el) => (el as HTMLInputElement).value)).toBe('teacher-notes');
    await page.$eval('input[data-import="layer-name"]', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await page.type('input[data-import="layer-name"]', 'Ms Novak, class 7b');
    await page.click('button[data-import="submit"]');
    await page.waitForSelector('.sl-tool .sl-form-ok[role="status"]:not(:empty)');
    await waitForEntries(before + 1);
    const layered = await page.$$eval('.sl-entry[data-layer="Ms Novak, class 7b"]', (els) => els.map((e) => e.querySelector('.sl-tag-layer')?.textContent));
    expect(layered).toEqual(['Layer: Ms Novak, class 7b']);
    expect(await page.$$eval('select[data-filter="layer"] option', (os) => os.map((o) => o.textContent))).toContain('Ms Novak, class 7b');
  });

  it('creates an own category', async () => {
    await page.type('.sl-category-form input[type="text"]', 'Loaded language');
    await page.click('.sl-category-form button[type="submit"]');
    await page.waitForFunction(() => [...document.querySelectorAll('.sl-category-list li')].some((li) => li.textContent?.includes('Loaded language')));
  });

  it('has no axe-core violations, light and dark', async () => {
    await expectNoAxeViolations(page);
  });

  async function chooseImportFile(path: string): Promise<void> {
    const input = await page.$('input[data-import="file"]');
    await input!.uploadFile(path);
    await page.waitForFunction((name) => (document.querySelector('input[data-import="layer-name"]') as HTMLInputElement | null)?.value === name, {}, path.split('/').pop()!.replace(/\.[^.]+$/, ''));
  }
});
