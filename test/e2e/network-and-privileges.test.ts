// Least privilege in a real Chromium: the extension makes no network request
// of its own (a page loads exactly the same requests with and without it, and
// the worker sends none), web pages cannot message it, and the toolbar badge
// marks recognised tabs only.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { outletMatchPatterns } from '../../src/corpus/outlet-hosts.ts';
import { loadFixturePages } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { pageStatus } from './support/page-status.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';

const pages = loadFixturePages();
const routes = fixtureRoutes();
const sample = [
  ...pages.filter((p) => p.case === 'corpus').slice(0, 3),
  pages.find((p) => p.case === 'hard-negative-shared-paragraphs')!,
  pages.find((p) => p.case === 'home')!,
];

let withExtension: ChromiumSession;
let withoutExtension: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  withExtension = await launchChromium();
  withoutExtension = await launchChromium({ withoutExtension: true });
});
afterAll(async () => {
  await withExtension?.close();
  await withoutExtension?.close();
});

async function settle(session: ChromiumSession, page: Page, expectMatch: boolean): Promise<void> {
  if (session === withExtension) {
    if (expectMatch) await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
    else await pageStatus(session, page.url());
  }
  // Let late requests (the page's own, or any the extension might make) show up.
  await new Promise((r) => setTimeout(r, 500));
}

describe('the extension makes no network request of its own', () => {
  it.each(sample.map((p) => [p.case, p] as const))('%s: same requests with and without Sourcelight', async (_case, fixture) => {
    const seen: Record<string, string[]> = {};
    for (const [label, session] of [
      ['with', withExtension],
      ['without', withoutExtension],
    ] as const) {
      const from = session.requests.length;
      const page = await session.openPage(fixture.url, routes);
      await settle(session, page, fixture.expect !== null);
      seen[label] = [...new Set(session.requests.slice(from).map((r) => r.url))].sort();
      await page.close();
    }
    expect(seen.with).toEqual(seen.without);
    expect(seen.with!.length).toBeGreaterThan(0);
  });

  it('the service worker sent nothing', () => {
    expect(withExtension.workerRequests).toEqual([]);
  });
});

describe('privileges', () => {
  it('asks for the three outlets’ hosts and nothing broader', () => {
    const expected = outletMatchPatterns().sort();
    expect([...manifest.host_permissions].sort()).toEqual(expected);
    expect([...manifest.content_scripts[0]!.matches].sort()).toEqual(expected);
    // activeTab + scripting: "Add this page to my corpus", granted by the reader's click on the popup only.
    expect(manifest.permissions).toEqual(['unlimitedStorage', 'activeTab', 'scripting']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it('gives web pages no way to message the extension', async () => {
    const fixture = sample[0]!;
    const page = await withExtension.openPage(fixture.url, routes);
    try {
      await page.waitForSelector('sourcelight-root');
      const reachable = await page.evaluate(() => {
        const c = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
        return typeof c?.runtime?.sendMessage;
      });
      expect(reachable).toBe('undefined');
    } finally {
      await page.close();
    }
  });

  it('marks recognised tabs on the toolbar button, and only those', async () => {
    const corpus = await withExtension.openPage(sample[0]!.url, routes);
    const other = await withExtension.openPage(sample[3]!.url, routes);
    try {
      await corpus.waitForSelector('sourcelight-root');
      await pageStatus(withExtension, other.url());
      const worker = await withExtension.worker();
      const badges = await worker.evaluate(async (urls: string[]) => {
        const tabs = await chrome.tabs.query({});
        return Promise.all(
          urls.map(async (url) => {
            const tab = tabs.find((t) => t.url === url)!;
            return chrome.action.getBadgeText({ tabId: tab.id! });
          }),
        );
      }, [corpus.url(), other.url()]);
      // The corpus tab carries its verdict's top fact (src/provenance/verdict.ts), at most four characters; the other tab nothing.
      expect(badges[0]).toMatch(/^\S{1,4}$/);
      expect(badges[1]).toBe('');
    } finally {
      await corpus.close();
      await other.close();
    }
  });
});
