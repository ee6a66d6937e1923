// The content script on the outlets' pages. It must cost next to nothing on
// pages that are not articles, so this entry (built as one small classic
// script, see extension/build/content-script-plugin.ts) holds only the cheap
// gate: every line here is parsed on every outlet page. Everything else (the
// text extraction, the worker client, the popup's answers, the overlay and the
// annotator) is a separate module imported once the page looks like an article.
import { elementCount, looksLikeArticlePage } from '../../src/recognition/article-gate.ts';
import { OVERLAY_MODULE } from '../shared/content-files.ts';

/** Waits between looks at a page that did not look like an article yet. */
const LATE_ARTICLE_LOOKS_MS = [1_500, 1_500, 3_000, 4_000, 5_000];

function loadOverlay(): void {
  (import(/* @vite-ignore */ chrome.runtime.getURL(OVERLAY_MODULE)) as Promise<typeof import('./recognize-and-mount.ts')>)
    .then((overlay) => overlay.start())
    .catch((error: unknown) => console.warn('Sourcelight:', error instanceof Error ? error.message : String(error)));
}

/**
 * Some pages render their article after load (single-page apps): look again a
 * few times, and only when the page has grown. Polling costs nothing between
 * looks, where a MutationObserver would run on every change the page makes.
 */
function watchForLateArticle(look = 0, size = -1): void {
  const delay = LATE_ARTICLE_LOOKS_MS[look];
  if (delay === undefined) return;
  setTimeout(() => {
    // The first look always runs the gate; later ones only if the page has grown since.
    const now = elementCount(document);
    if (now !== size && looksLikeArticlePage(document)) loadOverlay();
    else watchForLateArticle(look + 1, now);
  }, delay);
}

if (looksLikeArticlePage(document)) loadOverlay();
else watchForLateArticle();
