// Writes the README's pictures into docs/screenshots/ from the built extension
// (run `npm run build` first): the panel on a corpus article, the same panel
// once the reader has added coverage of its event, the reader page, the
// compare view and the library. Pages are served from fixtures, as in the
// end-to-end tests; nothing reaches the network.
//   npx tsx scripts/readme-screenshots.ts
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'puppeteer-core';
import { readCorpusPack } from '../src/corpus/ingest/corpus-pack.ts';
import { loadFixturePages } from '../test/e2e/support/fixture-pages.ts';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { OverlayProbe } from '../test/e2e/support/overlay-probe.ts';
import { pageStatus } from '../test/e2e/support/page-status.ts';
import { fixtureRoutes } from '../test/e2e/support/routes.ts';

const ROOT = join(import.meta.dirname, '..');
const outDir = join(ROOT, 'docs/screenshots');
const ROGOZIN = 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks';
const REUTERS = 'reuters-2009-12-04-nato-russia-sign-agreement';

/** A Reuters article the corpus does not hold (served from fixtures). */
const NON_CORPUS_REUTERS = 'https://www.reuters.com/article/us-nato-russia-idUSTRE5B02BD20091201';

const session = await launchChromium();
mkdirSync(outDir, { recursive: true });
const routes = fixtureRoutes();
const fixture = loadFixturePages().find((p) => p.case === 'corpus' && p.expect === ROGOZIN);
if (!fixture) throw new Error(`No corpus fixture page for ${ROGOZIN}`);

async function shoot(page: Page, name: string): Promise<void> {
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`→ ${relative(ROOT, file)}`);
}

/** Opens the corpus page with its panel on the given tab. */
async function panel(tab: string): Promise<Page> {
  const page = await session.openPage(fixture!.url, routes);
  await page.waitForSelector('sourcelight-root[data-corpus-id]', { timeout: 20_000 });
  const probe = await OverlayProbe.attach(page, session.extensionId);
  await probe.waitFor('.sl-badge');
  if (!(await probe.query('#sl-panel'))) await probe.click('.sl-badge');
  await probe.waitFor('#sl-panel');
  const tabs = await probe.queryAll('[role="tab"]');
  const index = tabs.findIndex((t) => t.text === tab);
  if (index < 0) throw new Error(`No panel tab "${tab}"`);
  await probe.click(`[role="tab"]:nth-child(${index + 1})`);
  await new Promise((r) => setTimeout(r, 500)); // let highlights and layout settle before the picture
  return page;
}

async function extensionPage(path: string, ready?: string): Promise<Page> {
  const page = await session.extensionPage(path);
  if (ready) await page.waitForSelector(ready, { timeout: 60_000 });
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 }).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 500));
  return page;
}

/** The toolbar popup over an outlet page outside the corpus: the outlet's facts and the highlighting hint. */
async function popupOver(url: string): Promise<Page> {
  const tab = await session.openPage(url, routes);
  await pageStatus(session, tab.url());
  await tab.bringToFront();
  const opened = session.browser.waitForTarget((t) => t.url().includes('/popup/index.html'), { timeout: 10_000 });
  await (await session.worker()).evaluate(() => chrome.action.openPopup());
  const popup = (await (await opened).asPage())!;
  await popup.waitForSelector('.sl-popup-outlet', { timeout: 20_000 });
  await popup.setViewport({ width: 420, height: 600 });
  return popup;
}

try {
  await shoot(await panel('Provenance'), 'overlay');
  await shoot(await popupOver(NON_CORPUS_REUTERS), 'popup-outlet');

  // Coverage the reader adds: a pack of another outlet's report of the same meeting.
  const packFile = 'fixtures/growing-corpus/interfax-2009-12-04.jsonl';
  const articles = readCorpusPack(readFileSync(join(ROOT, packFile), 'utf8'), packFile);
  const added = await session.sendFromExtensionPage({ type: 'corpus/add', payload: { articles, from: 'pack', fileName: packFile } });
  if (!added.ok) throw new Error(`Adding ${packFile} failed: ${added.error}`);
  await shoot(await panel('Cross-references'), 'added-coverage');

  await shoot(await extensionPage(`extension/pages/reader/index.html?id=${ROGOZIN}`), 'reader');
  await shoot(await extensionPage(`extension/pages/compare/index.html?a=${ROGOZIN}&b=${REUTERS}`, '[data-diff-side="b"]'), 'compare');
  await shoot(await extensionPage('extension/pages/library/index.html'), 'library');
} finally {
  await session.close();
}
