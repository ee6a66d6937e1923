// An article set as one long block (issue #16): reflowed copies of the five
// corpus articles, typographic quotes and one sentence reworded, the whole
// story in one <p> or one text node, no og:type, at moved addresses. Each must
// pass the gate, be recognised and get the page contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { oneBlockPages } from './support/one-block-pages.ts';
import { expectedContract, readPageContract } from './support/page-contract.ts';
import { requireBuild } from './support/require-build.ts';

const pages = oneBlockPages();
const routes = new Map(pages.map((p) => [p.url, p.html]));
let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

describe('a one-block reflowed copy at a moved address gets the page contract', () => {
  it('the copies really are one block, reworded and unlisted', () => {
    expect(pages).toHaveLength(10);
    for (const p of pages) {
      expect(p.html).not.toContain(p.changedSentence.slice(0, 40));
      expect(p.html).not.toContain('og:type');
      expect(p.html.match(/<p>/g)?.length ?? 0).toBe(p.form === 'paragraph' ? 1 : 0);
    }
  });

  it.each(pages.map((p) => [`${p.id} (${p.form})`, p] as const))('%s', async (_label, fixture) => {
    const page = await session.openPage(fixture.url, routes);
    try {
      await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      expect(await readPageContract(page)).toEqual(expectedContract(fixture.id));
    } finally {
      await page.close();
    }
  });
});
