// Opens the built extension in Chromium on the five corpus pages, each served
// at its real address from fixtures/pages (every other request is aborted).
// Headless: opens each overlay's panel and writes a screenshot per page.
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadFixturePages } from '../test/e2e/support/fixture-pages.ts';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { OverlayProbe } from '../test/e2e/support/overlay-probe.ts';
import { fixtureRoutes } from '../test/e2e/support/routes.ts';

const headless = process.argv.includes('--headless');
const outDir = join(import.meta.dirname, '..', 'screenshots');
const corpusPages = loadFixturePages().filter((p) => p.case === 'corpus');
const routes = fixtureRoutes();

const session = await launchChromium({ headed: !headless }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

if (headless) mkdirSync(outDir, { recursive: true });
for (const fixture of corpusPages) {
  const page = await session.openPage(fixture.url, routes);
  await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
  const corpusId = await page.evaluate(() => document.querySelector('sourcelight-root')?.getAttribute('data-corpus-id'));
  if (!headless) {
    console.log(`Opened ${fixture.url} → ${corpusId}`);
    continue;
  }
  const probe = await OverlayProbe.attach(page, session.extensionId);
  // The overlay remembers per site that it was left open: open it only where it is not.
  await probe.waitFor('.sl-badge');
  if (!(await probe.query('#sl-panel'))) await probe.click('.sl-badge');
  await probe.waitFor('#sl-panel');
  // Let the statement highlights settle before the picture.
  await new Promise((r) => setTimeout(r, 400));
  const file = join(outDir, `${corpusId}.png`);
  await page.screenshot({ path: file });
  console.log(`${fixture.url}\n  → ${relative(process.cwd(), file)}`);
  await page.close();
}

if (headless) {
  await session.close();
  console.log(`\n${corpusPages.length} screenshots with the overlay open are in ${outDir}`);
} else {
  console.log('\nChromium is open with Sourcelight on the five corpus pages; close the window to finish.');
  await new Promise<void>((resolve) => session.browser.on('disconnected', () => resolve()));
}
