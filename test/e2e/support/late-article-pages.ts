// Pages whose article arrives after load, for the content script's later
// looks (extension/content/main.ts): an app that renders it late, and a
// single-page app that navigates to it without loading a new document.
import { type FixturePage, readFixturePage } from './fixture-pages.ts';

/** The <p> elements of a fixture page, as one HTML string. */
function paragraphsOf(article: FixturePage): string {
  return [...readFixturePage(article).matchAll(/<p[^>]*>[\s\S]*?<\/p>/g)].map((m) => m[0]).join('');
}

/** An app shell that shows "Loading…" and puts the article's paragraphs in 1.2 s after it starts. */
export function lateRenderingPage(article: FixturePage): string {
  return `<!doctype html><html><head><title>Sputnik</title></head><body><div id="app">Loading…</div>
    <script>setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(paragraphsOf(article))}; }, 1200);</script>
    </body></html>`;
}

/** Where the single-page app's article lives once it has navigated. */
export const SPA_ARTICLE_PATH = '/20080927/117172470.html';

/**
 * A list of teasers (readable text, not an article) that, 2.5 s after it
 * starts, navigates to `SPA_ARTICLE_PATH` with history.pushState and shows the
 * article: rendered first and then the address changed, or the address first
 * and the article 0.7 s later.
 */
export function singlePageAppHome(article: FixturePage, order: 'render-first' | 'address-first'): string {
  const teaser =
    '<article><h3><a href="/x">Russia and the West</a></h3><p>Ministers from both sides spoke about the talks this week, and the analysts we asked expect little to change before the summit in the spring.</p></article>';
  const render = `document.querySelector('main').innerHTML = ${JSON.stringify(paragraphsOf(article))};`;
  const push = `history.pushState({}, '', '${SPA_ARTICLE_PATH}');`;
  const navigate = order === 'render-first' ? `${render} ${push}` : `${push} setTimeout(() => { ${render} }, 700);`;
  return `<!doctype html><html><head><title>Sputnik</title></head><body><main>${teaser.repeat(6)}</main>
    <script>setTimeout(() => { ${navigate} }, 2500);</script></body></html>`;
}
