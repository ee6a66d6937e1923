// The library keeps the reader's own work apart from the statements
// Sourcelight found: its default view lists and counts the reader's
// highlights only, says how many statements it leaves out, and shows them
// one click away (or both kinds with the Kind filter).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixturePages } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';
import { storeHighlight } from './support/stored-highlight.ts';

const pages = loadFixturePages();
const routes = fixtureRoutes();
const LAVROV = pages.find((p) => p.case === 'corpus' && p.expect === 'sputnik-2008-09-27-lavrov-relations-not-frozen')!;
const LIBRARY = 'extension/pages/library/index.html';
const QUOTE = 'Afghanistan is the sphere where our interests coincide';

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

interface Listed {
  title: string;
  entries: number;
  origins: string[];
  leftOut: string | null;
  kind: string;
}

async function listed(page: Page): Promise<Listed> {
  return page.evaluate(() => ({
    title: document.querySelector('#sl-results-title')?.textContent ?? '',
    entries: document.querySelectorAll('.sl-entry').length,
    origins: [...new Set([...document.querySelectorAll('.sl-entry')].map((e) => e.getAttribute('data-origin') ?? ''))],
    leftOut: document.querySelector('[data-library="statements-left-out"]')?.textContent ?? null,
    kind: (document.querySelector('select[data-filter="origin"]') as HTMLSelectElement | null)?.value ?? '',
  }));
}

describe('the library', () => {
  it('lists and counts only the reader’s own highlights by default; statements are one click away', async () => {
    // Visiting a corpus article stores its statements; one highlight of the reader's own beside them.
    const article = await session.openPage(LAVROV.url, routes);
    await article.waitForSelector('sourcelight-root', { timeout: 20_000 });
    await storeHighlight(session, { url: LAVROV.url, corpusId: LAVROV.expect, quote: QUOTE, categoryId: 'claim', note: 'Mine' });
    await article.close();
    const all = await session.sendFromExtensionPage({ type: 'library/all', payload: {} });
    const records = (all.value as { annotations: { origin: string; hidden: boolean }[] }).annotations.filter((r) => !r.hidden);
    const statements = records.filter((r) => r.origin === 'statement').length;
    const own = records.filter((r) => r.origin === 'reader').length;
    expect(statements).toBeGreaterThan(0);
    expect(own).toBe(1);

    const page = await session.extensionPage(LIBRARY);
    try {
      await page.waitForFunction(() => document.querySelectorAll('.sl-entry').length > 0, { timeout: 15_000 });
      const byDefault = await listed(page);
      expect(byDefault.kind).toBe('reader');
      expect(byDefault.entries).toBe(own);
      expect(byDefault.origins).toEqual(['reader']);
      expect(byDefault.title).toBe(`My highlights: ${own}`);
      expect(byDefault.leftOut).toMatch(new RegExp(`^${statements} statements found by Sourcelight are not counted here\\.\\s*Show statements$`));

      // One click: the statements alone, counted as statements.
      await page.click('[data-library="statements-left-out"] button');
      await page.waitForFunction((n) => document.querySelectorAll('.sl-entry').length === n, { timeout: 10_000 }, statements);
      const shown = await listed(page);
      expect(shown.kind).toBe('statement');
      expect(shown.origins).toEqual(['statement']);
      expect(shown.title).toBe(`Statements found by Sourcelight: ${statements}`);
      expect(shown.leftOut).toBeNull();

      // Both kinds together, counted as highlights of either kind.
      await page.select('select[data-filter="origin"]', 'all');
      await page.waitForFunction((n) => document.querySelectorAll('.sl-entry').length === n, { timeout: 10_000 }, own + statements);
      expect((await listed(page)).title).toBe(`${own + statements} highlights`);
    } finally {
      await page.close();
    }
  });
});
