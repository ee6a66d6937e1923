// The content script's cheap gate (src/recognition/article-gate.ts) asks the
// page one XPath question, so it is tested where XPath is Blink's: bundled and
// run in a Chromium tab on documents built for each rule. page-contract.test.ts
// covers every fixture page through the built extension (home, section and
// chrome-only pages stop at the gate; every article passes it).
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from './support/launch-chromium.ts';

const LONG = 'The ministers met in Brussels on Friday and agreed to resume their regular consultations on security after a pause of more than a year.';

interface GateApi {
  looksLikeArticlePage(doc: Document): boolean;
  showsNothingToRead(doc: Document): boolean;
}

let session: ChromiumSession;
let page: Page;
let gateScript: string;

beforeAll(async () => {
  const bundled = await build({
    stdin: {
      contents: "import { looksLikeArticlePage, showsNothingToRead } from './src/recognition/article-gate.ts'; globalThis.gate = { looksLikeArticlePage, showsNothingToRead };",
      resolveDir: join(import.meta.dirname, '../..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  gateScript = bundled.outputFiles[0]!.text;
  session = await launchChromium({ withoutExtension: true });
  page = await session.browser.newPage();
});
afterAll(() => session?.close());

/** The gate's answer on a document with this head and body. */
async function gate(body: string, head = ''): Promise<boolean> {
  await page.setContent(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  await page.addScriptTag({ content: gateScript });
  return page.evaluate(() => (globalThis as unknown as { gate: GateApi }).gate.looksLikeArticlePage(document));
}

describe('the article gate', () => {
  it('says yes to article metadata, in any case', async () => {
    expect(await gate('<p>Short</p>', '<meta property="og:type" content="article">')).toBe(true);
    expect(await gate('<p>Short</p>', '<meta property="og:type" content="Article">')).toBe(true);
    expect(await gate('<p>Short</p>', '<meta property="og:type" content="website">')).toBe(false);
  });

  it('says yes to several long paragraphs in one container, even with short ones and ads between', async () => {
    expect(await gate(`<div><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div>`)).toBe(true);
    expect(await gate(`<article><p>${LONG}</p><p>Advertisement</p><div class="ad">Buy</div><p>${LONG}</p><h2>More</h2><p>${LONG}</p></article>`)).toBe(true);
  });

  it('says yes to story text set in <div>s rather than <p>s', async () => {
    expect(await gate(`<main><div>${LONG}</div><div>${LONG}</div><div>${LONG}</div></main>`)).toBe(true);
  });

  it('says no to a list of teasers, each long lede in its own card', async () => {
    const card = `<article><h3><a href="/x">Headline</a></h3><p>${LONG}</p></article>`;
    expect(await gate(`<main>${card.repeat(8)}</main>`)).toBe(false);
    const divCard = `<div class="card"><a href="/y">Headline</a><div class="lede">${LONG}</div></div>`;
    expect(await gate(`<main>${divCard.repeat(8)}</main>`)).toBe(false);
  });

  it('says no to chrome-only pages, even long ones', async () => {
    const links = Array.from({ length: 2000 }, (_, i) => `<li><a href="/${i}">Section ${i} ${LONG}</a></li>`).join('');
    expect(await gate(`<nav><div>${LONG}</div><div>${LONG}</div><div>${LONG}</div></nav><ul>${links}</ul><form><textarea>${LONG}</textarea></form><button>Subscribe</button>`)).toBe(false);
    expect(await gate(`<footer><div>${LONG}</div><div>${LONG}</div><div>${LONG}</div></footer>`)).toBe(false);
  });

  it('looks only at the first 80 paragraphs', async () => {
    const shortOnes = '<p>Short line.</p>'.repeat(80);
    expect(await gate(`<div>${shortOnes}</div><div><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div>`)).toBe(false);
    expect(await gate(`<div>${'<p>Short line.</p>'.repeat(77)}</div><div><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div>`)).toBe(true);
  });

  it('decides on 5 MB pages too (their cost is in the benchmark)', async () => {
    const lede = `${LONG} `.repeat(3);
    expect(await gate(`<main>${`<div><a href="/x">Headline</a><div>${lede}</div></div>`.repeat(12_000)}</main>`)).toBe(false);
    expect(await gate(`<main>${`<article><a href="/x">Headline</a><p>${lede}</p></article>`.repeat(12_000)}</main>`)).toBe(false);
    expect(await gate(`<article>${`<p>${lede}</p>`.repeat(12_000)}</article>`)).toBe(true);
  });

  describe('a story set as one block, with no metadata', () => {
    /** A whole story's worth of text: 12 sentences, about 1,600 characters. */
    const STORY = `${LONG} `.repeat(12).trim();
    /** Longer than any lede, shorter than a story: about 1,350 characters. */
    const SHORT_OF_A_STORY = `${LONG} `.repeat(10).trim();

    it('says yes to the story in one <p>, and in one text node of a page without <p>', async () => {
      expect(await gate(`<header><a href="/">Home</a></header><main><h1>Headline</h1><p>${STORY}</p></main>`)).toBe(true);
      expect(await gate(`<main><h1>Headline</h1><div class="story">${STORY}</div></main>`)).toBe(true);
      expect(await gate(`<main><h1>Headline</h1>${STORY}</main>`)).toBe(true);
      // Inline markup splits the text nodes, not the <p>.
      expect(await gate(`<main><p>${STORY.slice(0, 800)}<em>${STORY.slice(800, 900)}</em>${STORY.slice(900)}</p></main>`)).toBe(true);
    });

    it('says no to a block shorter than a story, however long for a lede', async () => {
      expect(await gate(`<main><p>${SHORT_OF_A_STORY}</p></main>`)).toBe(false);
      expect(await gate(`<main><div>${SHORT_OF_A_STORY}</div></main>`)).toBe(false);
    });

    it('says no to a long block in chrome: footers, navigation, forms, asides, headers', async () => {
      for (const chrome of ['footer', 'nav', 'form', 'aside', 'header']) {
        expect(await gate(`<main><h1>Section</h1></main><${chrome}><p>${STORY}</p></${chrome}>`)).toBe(false);
        expect(await gate(`<main><h1>Section</h1></main><${chrome}><div>${STORY}</div></${chrome}>`)).toBe(false);
      }
    });

    it('says no to a long text node inside a link or right after one (a teaser), or in a script', async () => {
      expect(await gate(`<main><div class="card"><a href="/x">Headline</a><div>${STORY}</div></div></main>`)).toBe(false);
      expect(await gate(`<main><a href="/x">${STORY}</a></main>`)).toBe(false);
      expect(await gate(`<main><h1>Home</h1></main><script>var s = ${JSON.stringify(STORY)};</script>`)).toBe(false);
    });

    it('keeps its bounds: only on pages with fewer than three <p>, only the first 1,000 text nodes', async () => {
      expect(await gate(`<aside><p>Short line.</p></aside><main><p>${STORY}</p></main>`)).toBe(true);
      expect(await gate(`<aside><p>Short line.</p><p>Short line.</p></aside><main><p>${STORY}</p></main>`)).toBe(false);
      expect(await gate(`<div>${'<p>Short line.</p>'.repeat(3)}</div><main><div>${STORY}</div></main>`)).toBe(false);
      expect(await gate(`<ul>${'<li>Item</li>'.repeat(1000)}</ul><main><div>${STORY}</div></main>`)).toBe(false);
      expect(await gate(`<ul>${'<li>Item</li>'.repeat(990)}</ul><main><div>${STORY}</div></main>`)).toBe(true);
    });

    it('still passes three long text nodes, and one or two short of a story do not', async () => {
      expect(await gate(`<main><div>${LONG}</div><div>${LONG}</div><div>${LONG}</div></main>`)).toBe(true);
      expect(await gate(`<main><div>${LONG}</div><div>${LONG}</div></main>`)).toBe(false);
    });

    it('still says no to home and section pages of teasers, with a long lede each', async () => {
      const lede = `${LONG} `.repeat(3);
      expect(await gate(`<main>${`<article><h3><a href="/x">Headline</a></h3><p>${lede}</p></article>`.repeat(40)}</main>`)).toBe(false);
      expect(await gate(`<main>${`<div class="card"><a href="/y">Headline</a><div>${lede}</div></div>`.repeat(40)}</main>`)).toBe(false);
    });
  });
});

describe('the test for pages with nothing to read yet', () => {
  /** showsNothingToRead on a document with this body. */
  async function nothingToRead(body: string): Promise<boolean> {
    await page.setContent(`<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`);
    await page.addScriptTag({ content: gateScript });
    return page.evaluate(() => (globalThis as unknown as { gate: GateApi }).gate.showsNothingToRead(document));
  }

  it('says yes to app shells, skeletons and chrome-only pages', async () => {
    expect(await nothingToRead('<div id="app">Loading…</div>')).toBe(true);
    expect(await nothingToRead('')).toBe(true);
    expect(await nothingToRead(`<header><a href="/">Home</a></header>${'<div class="skeleton"></div>'.repeat(40)}`)).toBe(true);
    expect(await nothingToRead('<form><label>E-mail <input></label><button>Log in</button></form><p>Page not found.</p>')).toBe(true);
  });

  it('does not count scripts, styles or templates as text', async () => {
    const code = `window.config = ${JSON.stringify({ text: LONG })};`;
    expect(await nothingToRead(`<div id="app"></div><script>${code}</script><style>/* ${LONG} */</style><template><p>${LONG}</p></template>`)).toBe(true);
  });

  it('says no once any long text shows, article or not', async () => {
    expect(await nothingToRead(`<main><article><a href="/x">Headline</a><p>${LONG}</p></article></main>`)).toBe(false);
    expect(await nothingToRead(`<div id="app"><div>${LONG}</div></div>`)).toBe(false);
  });
});
