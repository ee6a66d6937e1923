// Pages that hold more than the article, in a real Chromium with the built
// extension (fixtures/long-pages, held-back `test` set): the corpus article
// among other full stories, under 200 comments, inside a live page, and added
// by an endless feed as the second story. Each gets the page contract of its
// article, statements drawn inside the article only, and a reader highlight
// made there that is drawn again after a reload. The same pages without the
// article, or quoting two of its paragraphs, get nothing. A page holding two
// corpus articles (both at load, or the second added by an endless feed) shows
// both: the contract names the first and lists both, each article has its
// marker, its own panel content and its statements drawn in its own stretch.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../extension/ui/format-date.ts';
import { infiniteScrollPage, type LongPage, longPages, twoArticlesPage } from '../../fixtures/long-pages/long-pages.ts';
import { deriveVerdict } from '../../src/provenance/verdict.ts';
import { loadCompiledCorpus, loadCorpusPackage } from '../unit/helpers/corpus.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { pageStatus } from './support/page-status.ts';
import { requireBuild } from './support/require-build.ts';
import { dragSelect } from './support/select-text.ts';
import { clickToolbar } from './support/selection-toolbar.ts';

const pages = longPages('test');
const byName = (name: string): LongPage => pages.find((p) => p.name === name)!;
// A reader highlight is listed for its article wherever it was made.
const RECOGNISED = [
  byName('test/sputnik-0-stories-around'),
  byName('test/oyetimes-4-stories-after-10kb'),
  byName('test/reuters-3-comments-200'),
  byName('test/sputnik-2-live'),
  // Same article as the first: its highlight made there is listed here too (toContain below).
  byName('test/sputnik-0-quoted-before-article'),
];
const REFUSED = [
  byName('test/sputnik-0-stories-only'),
  byName('test/sputnik-2-quoted-two-paragraphs'),
  byName('test/wire-background-six-paragraphs-among-stories'),
];
const ENDLESS = infiniteScrollPage('test', 1);
// Sputnik's article, then Reuters' as the next story: at load, and added by an endless feed.
const TWO_AT_LOAD = twoArticlesPage('test', 0, 3, false);
const TWO_IN_FEED = twoArticlesPage('test', 0, 3, true);
const routes = new Map([...RECOGNISED, ...REFUSED, ENDLESS, TWO_AT_LOAD, TWO_IN_FEED].map((p) => [p.url, p.html]));
const articles = new Map(loadCompiledCorpus().articles.map((a) => [a.id, a.paragraphs]));

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

/** Where the article's first paragraph starts and its last one ends: compared with the drawn ranges. */
interface Placement {
  statements: number;
  statementsOutside: number;
  reader: string[];
  readerOutside: number;
}

/**
 * Statements are read from the page's highlight registry; the reader's highlights from the marks Sourcelight draws in
 * its closed shadow root (each keeps its Range), so this looks from the content script's world, through a probe.
 */
async function placement(page: Page, corpusId: string): Promise<Placement> {
  const paragraphs = articles.get(corpusId)!;
  const first = paragraphs[0]!.replace(/\s+/g, ' ').trim().slice(0, 60);
  const last = paragraphs.at(-1)!.replace(/\s+/g, ' ').trim().slice(0, 60);
  const probe = await OverlayProbe.attach(page, session.extensionId);
  try {
    return await probe.evaluate<Placement>(`
      const first = ${JSON.stringify(first)};
      const last = ${JSON.stringify(last)};
      const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
      const ps = [...document.querySelectorAll('p')];
      const firstP = ps.find((p) => norm(p.textContent).startsWith(first));
      const lastP = ps.find((p) => norm(p.textContent).startsWith(last) && firstP.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING);
      const article = document.createRange();
      article.setStartBefore(firstP);
      article.setEndAfter(lastP);
      const inside = (r) =>
        article.compareBoundaryPoints(Range.START_TO_START, r) <= 0 && article.compareBoundaryPoints(Range.END_TO_END, r) >= 0;
      const statements = [...CSS.highlights.values()].filter((h) => h.priority === 0).flatMap((h) => [...h]);
      const reader = [...(root?.querySelectorAll('.sl-marks > .sl-mark') ?? [])].map((m) => m.markedRange);
      return {
        statements: statements.length,
        statementsOutside: statements.filter((r) => !inside(r)).length,
        reader: reader.map((r) => r.toString()),
        readerOutside: reader.filter((r) => !inside(r)).length,
      };`);
  } finally {
    await probe.detach();
  }
}

/** Four words of the article, from its middle on, that occur once on the page (commenters quote it). */
async function passageInArticle(page: Page, corpusId: string): Promise<string> {
  const paragraphs = articles.get(corpusId)!.map((p) => p.replace(/\s+/g, ' ').trim());
  const half = Math.floor(paragraphs.length / 2);
  return page.evaluate((texts: string[]) => {
    const all = document.body.innerText;
    for (const text of texts) {
      const words = text.split(' ').filter((w) => /^[A-Za-z]+$/.test(w));
      for (let i = 0; i + 4 <= words.length; i++) {
        const passage = words.slice(i, i + 4).join(' ');
        if (passage.length >= 16 && text.includes(passage) && all.indexOf(passage) === all.lastIndexOf(passage)) return passage;
      }
    }
    throw new Error('no passage of the article occurs once on the page');
  }, [...paragraphs.slice(half), ...paragraphs.slice(0, half)]);
}

/** The contract, statements inside the article, and a reader highlight made there that comes back after a reload. */
async function expectOverlayOnArticle(page: Page, p: LongPage): Promise<void> {
  const corpusId = p.expect!;
  await page.waitForSelector('sourcelight-root', { timeout: 30_000 });
  expect(await page.$$eval('sourcelight-root', (els) => els.map((e) => e.getAttribute('data-corpus-id')))).toEqual([corpusId]);
  // One corpus article among other stories: listed alone, no article markers.
  expect(await page.$eval('sourcelight-root', (e) => e.getAttribute('data-corpus-ids'))).toBe(corpusId);
  const probe = await OverlayProbe.attach(page, session.extensionId);
  await probe.waitFor('.sl-badge');
  expect(await probe.queryAll('.sl-article-marker')).toEqual([]);
  await expect.poll(async () => (await placement(page, corpusId)).statements, { timeout: 20_000 }).toBeGreaterThan(2);
  expect((await placement(page, corpusId)).statementsOutside).toBe(0);

  const passage = await passageInArticle(page, corpusId);
  // The article's highlights made on other pages are drawn here too (with the statements, awaited above): one more.
  const before = (await placement(page, corpusId)).reader.length;
  expect(await dragSelect(page, passage)).toBe(true);
  await clickToolbar(page, probe, '.sl-primary');
  await expect.poll(async () => (await placement(page, corpusId)).reader.length, { timeout: 20_000 }).toBe(before + 1);
  expect((await placement(page, corpusId)).reader).toContain(passage);
  expect((await placement(page, corpusId)).readerOutside).toBe(0);
}

describe('long pages in Chromium', () => {
  it.each(RECOGNISED.map((p) => [p.name, p] as const))('%s: overlay on the article, statements and a reader highlight there', async (_name, p) => {
    const page = await session.openPage(p.url, routes);
    try {
      await expectOverlayOnArticle(page, p);
      const drawn = (await placement(page, p.expect!)).reader.sort();
      await page.reload();
      await page.waitForSelector('sourcelight-root', { timeout: 30_000 });
      await expect.poll(async () => (await placement(page, p.expect!)).reader.sort(), { timeout: 20_000 }).toEqual(drawn);
      expect((await placement(page, p.expect!)).readerOutside).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a reader highlight of a passage a story above the article quotes is drawn in the article, not in the quote', async () => {
    const plain = byName('test/sputnik-0-stories-around');
    const quoting = byName('test/sputnik-0-quoted-before-article');
    const count = (html: string, text: string) => html.split(text).length - 1;
    // Four words of the article that the quoting page shows twice (the quote, the article) and the plain page once.
    const passage = articles
      .get(plain.expect!)!
      .flatMap((p) => {
        const words = p.split(/\s+/).filter((w) => /^[A-Za-z]+$/.test(w));
        return words.slice(0, -3).map((_, i) => words.slice(i, i + 4).join(' '));
      })
      .find((x) => x.length >= 16 && count(quoting.html, x) === 2 && count(plain.html, x) === 1)!;
    expect(passage).toBeDefined();
    const page = await session.openPage(plain.url, routes);
    try {
      await page.waitForSelector('sourcelight-root', { timeout: 30_000 });
      const probe = await OverlayProbe.attach(page, session.extensionId);
      await probe.waitFor('.sl-badge');
      expect(await dragSelect(page, passage)).toBe(true);
      await clickToolbar(page, probe, '.sl-primary');
      await expect.poll(async () => (await placement(page, plain.expect!)).reader, { timeout: 20_000 }).toContain(passage);
    } finally {
      await page.close();
    }
    const again = await session.openPage(quoting.url, routes);
    try {
      await again.waitForSelector('sourcelight-root', { timeout: 30_000 });
      await expect.poll(async () => (await placement(again, quoting.expect!)).reader, { timeout: 20_000 }).toContain(passage);
      expect((await placement(again, quoting.expect!)).readerOutside).toBe(0);
    } finally {
      await again.close();
    }
  });

  it.each(REFUSED.map((p) => [p.name, p] as const))('%s: no overlay, no contract', async (_name, p) => {
    const page = await session.openPage(p.url, routes);
    try {
      expect((await pageStatus(session, p.url)).state).toBe('not-in-corpus');
      expect(await page.$('sourcelight-root')).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('an endless feed adding the corpus article as the second story: the overlay comes when it arrives', async () => {
    const page = await session.openPage(ENDLESS.url, routes);
    try {
      // At load the page holds another story only: reader highlights, no overlay.
      expect((await pageStatus(session, ENDLESS.url)).state).toBe('not-in-corpus');
      expect(await page.$('sourcelight-root')).toBeNull();
      // The reader scrolls to the bottom; the feed adds the next story.
      await expect
        .poll(
          async () => {
            await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
            return page.evaluate(() => (window as unknown as { __storiesAdded: number }).__storiesAdded);
          },
          { timeout: 20_000, interval: 250 },
        )
        .toBeGreaterThanOrEqual(1);
      await expectOverlayOnArticle(page, ENDLESS);
      expect((await pageStatus(session, ENDLESS.url)).state).toBe('recognized');
    } finally {
      await page.close();
    }
  });

  it('a page holding two corpus articles at load: both shown, each with its marker, panel and statements', async () => {
    const page = await session.openPage(TWO_AT_LOAD.url, routes);
    try {
      await expectBothArticles(page, TWO_AT_LOAD);
      expect((await pageStatus(session, TWO_AT_LOAD.url)).state).toBe('recognized');
      // A reader highlight made in the second article is drawn, and kept for that article.
      const second = TWO_AT_LOAD.expectAll![1]!;
      const passage = await passageInArticle(page, second);
      const probe = await OverlayProbe.attach(page, session.extensionId);
      expect(await dragSelect(page, passage)).toBe(true);
      await clickToolbar(page, probe, '.sl-primary');
      await expect.poll(async () => (await placement(page, second)).reader, { timeout: 20_000 }).toContain(passage);
      const stored = await session.sendFromExtensionPage({ type: 'annotations/for-page', payload: { url: TWO_AT_LOAD.url, corpusId: second } });
      const records = (stored as { value: { annotations: { origin: string; corpusId: string | null; selectors: { quote: { exact: string } } }[] } }).value.annotations;
      expect(records.filter((r) => r.origin === 'reader' && r.selectors.quote.exact === passage).map((r) => r.corpusId)).toEqual([second]);
    } finally {
      await page.close();
    }
  });

  it('an endless feed adding a second corpus article below the first: it joins the overlay when it arrives', async () => {
    const [first] = TWO_IN_FEED.expectAll!;
    const page = await session.openPage(TWO_IN_FEED.url, routes);
    try {
      await page.waitForSelector('sourcelight-root', { timeout: 30_000 });
      const contract = () =>
        page.$$eval('sourcelight-root', (els) => els.map((e) => [e.getAttribute('data-corpus-id'), e.getAttribute('data-corpus-ids')]));
      // At load the page holds the first article only (and another story).
      expect(await contract()).toEqual([[first, first]]);
      await expect
        .poll(
          async () => {
            await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
            return page.evaluate(() => (window as unknown as { __storiesAdded: number }).__storiesAdded);
          },
          { timeout: 20_000, interval: 250 },
        )
        .toBeGreaterThanOrEqual(1);
      await expectBothArticles(page, TWO_IN_FEED);
    } finally {
      await page.close();
    }
  });
});

/** Statement ranges drawn inside each article's stretch of the page (first to last paragraph), and outside all. */
async function statementsByArticle(page: Page, ids: readonly string[]): Promise<{ inside: number[]; outside: number }> {
  const bounds = ids.map((id) => {
    const paragraphs = articles.get(id)!.map((p) => p.replace(/\s+/g, ' ').trim().slice(0, 60));
    return [paragraphs[0]!, paragraphs.at(-1)!] as const;
  });
  return page.evaluate((bounds: (readonly [string, string])[]) => {
    const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    const ps = [...document.querySelectorAll('p, td')];
    const stretches = bounds.map(([first, last]) => {
      const firstP = ps.find((p) => norm(p.textContent).startsWith(first))!;
      const lastP = ps.find((p) => norm(p.textContent).startsWith(last) && firstP.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING)!;
      const range = document.createRange();
      range.setStartBefore(firstP);
      range.setEndAfter(lastP);
      return range;
    });
    const inside = (article: Range, r: Range) =>
      article.compareBoundaryPoints(Range.START_TO_START, r) <= 0 && article.compareBoundaryPoints(Range.END_TO_END, r) >= 0;
    const statements = [...CSS.highlights.values()].filter((h) => h.priority === 0).flatMap((h) => [...h] as Range[]);
    return {
      inside: stretches.map((s) => statements.filter((r) => inside(s, r)).length),
      outside: statements.filter((r) => !stretches.some((s) => inside(s, r))).length,
    };
  }, bounds);
}

const corpusPackage = loadCorpusPackage();

/** Both articles listed by the contract (the first named), each with its marker, its own panel and its statements. */
async function expectBothArticles(page: Page, p: LongPage): Promise<void> {
  const [first, second] = p.expectAll! as [string, string];
  const contract = () =>
    page.$$eval('sourcelight-root', (els) => els.map((e) => [e.getAttribute('data-corpus-id'), e.getAttribute('data-outlet'), e.getAttribute('data-corpus-ids')]));
  await expect.poll(contract, { timeout: 60_000, interval: 250 }).toEqual([[first, 'sputnik', `${first} ${second}`]]);

  // Statements of each drawn in its own stretch, none elsewhere.
  await expect.poll(async () => (await statementsByArticle(page, p.expectAll!)).inside.every((n) => n > 2), { timeout: 30_000 }).toBe(true);
  expect((await statementsByArticle(page, p.expectAll!)).outside).toBe(0);

  // The second article's marker sits at its first paragraph once that is in view.
  const opening = articles.get(second)![0]!.replace(/\s+/g, ' ').trim().slice(0, 60);
  await page.evaluate((text: string) => {
    const el = [...document.querySelectorAll('p, td')].find((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(text))!;
    // Its top a third of the way down the window (a table cell may be taller than the window).
    window.scrollBy(0, el.getBoundingClientRect().top - innerHeight / 3);
  }, opening);
  const paragraphTop = () =>
    page.evaluate((text: string) => {
      const el = [...document.querySelectorAll('p, td')].find((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(text))!;
      return el.getBoundingClientRect().top;
    }, opening);
  const probe = await OverlayProbe.attach(page, session.extensionId);
  const marker = await probe.waitFor(`.sl-article-marker[data-corpus-id="${second}"]`, 20_000);
  expect(marker.text).toContain('2 of 2');
  // The marker follows a scroll on the next animation frame (and a feed may still be laying out): measured again
  // until it has caught up.
  await expect
    .poll(
      async () => {
        const { rect } = (await probe.query(`.sl-article-marker[data-corpus-id="${second}"]`))!;
        return Math.abs(rect.y + rect.height - (await paragraphTop()));
      },
      { timeout: 10_000, interval: 100 },
    )
    .toBeLessThan(80);

  // Its marker opens the panel on it: its headline, its verdict, its provenance.
  // A real click where the marker is (not probe.click, whose scrollIntoView would move the page under a fixed marker).
  const at = await probe.waitFor(`.sl-article-marker[data-corpus-id="${second}"]`);
  await page.mouse.click(at.rect.x + at.rect.width / 2, at.rect.y + at.rect.height / 2);
  await probe.waitFor('#sl-panel [data-verdict-line]');
  expect((await probe.query('#sl-panel-title'))!.text).toContain(corpusPackage.articles.find((a) => a.id === second)!.headline);
  expect((await probe.query('.sl-article-switcher'))!.text).toContain('Article 2 of 2 on this page');
  const verdict = deriveVerdict(corpusPackage.extras[second]! as Parameters<typeof deriveVerdict>[0], { formatDate: formatIsoDate });
  const clauses = (await probe.queryAll('#sl-panel .sl-verdict-clause')).map((c) => c.text);
  expect(clauses.length).toBeGreaterThan(0);
  expect(clauses).toEqual(verdict.clauses.map((c) => expect.stringContaining(c.text)));
  // The Statements tab lists the second article's statements only.
  await probe.showTab('Statements');
  const listed = await probe.query('#sl-tabpanel-statements .sl-muted');
  expect(listed!.text).toMatch(new RegExp(`^${corpusPackage.extras[second]!.statements.length} statements`));

  // The switcher goes back to the first article.
  await probe.click('.sl-article-switcher [aria-label="Previous article on this page"]');
  await expect.poll(async () => (await probe.query('.sl-article-switcher'))?.text, { timeout: 10_000 }).toContain('Article 1 of 2 on this page');
  const firstVerdict = deriveVerdict(corpusPackage.extras[first]! as Parameters<typeof deriveVerdict>[0], { formatDate: formatIsoDate });
  expect((await probe.queryAll('#sl-panel .sl-verdict-clause')).map((c) => c.text)).toEqual(
    firstVerdict.clauses.map((c) => expect.stringContaining(c.text)),
  );
}
