// The content script on the outlets' pages. It must cost next to nothing on
// pages that are not articles, so this entry (built as one small classic
// script, see extension/build/content-script-plugin.ts) holds only the cheap
// gate: every line here is parsed on every outlet page. Everything else (the
// text extraction, the worker client, the popup's answers, the overlay and the
// annotator) is a separate module imported once the page looks like an article.
import { elementCount, looksLikeArticlePage } from '../../src/recognition/article-gate.ts';
import { OVERLAY_MODULE } from '../shared/content-files.ts';

/** Waits between looks at a page that did not look like an article yet (while it keeps growing). */
const LATE_ARTICLE_LOOKS_MS = [1_500, 1_500, 3_000, 4_000, 5_000];

function loadOverlay(): void {
  (import(/* @vite-ignore */ chrome.runtime.getURL(OVERLAY_MODULE)) as Promise<typeof import('./recognize-and-mount.ts')>)
    .then((overlay) => overlay.start())
    .catch((error: unknown) => console.warn('Sourcelight:', error instanceof Error ? error.message : String(error)));
}

/**
 * Some pages render their article after load (single-page apps): look again
 * while the page keeps growing. Each look counts the page's elements (one
 * XPath count); the gate runs again only if the page has grown since the last
 * count, and a page that has not changed since the last look is taken as
 * finished, so a static non-article page costs one look in all. Polling costs
 * nothing between looks, where a MutationObserver would run on every change
 * the page makes.
 */
function watchForLateArticle(size: number, look = 0): void {
  const delay = LATE_ARTICLE_LOOKS_MS[look];
  if (delay === undefined) return;
  setTimeout(() => {
    const now = elementCount(document);
    if (now === size) return;
    if (looksLikeArticlePage(document)) loadOverlay();
    else watchForLateArticle(now, look + 1);
  }, delay);
}

// The count is taken in the same task as the gate, so an article inserted any
// time after the gate said no shows as growth at the next look.
if (looksLikeArticlePage(document)) loadOverlay();
else watchForLateArticle(elementCount(document));
