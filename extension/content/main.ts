// The content script on the outlets' pages. It must cost next to nothing on
// pages that are not articles: this entry holds only the cheap gate and the
// text extraction; the worker client, the overlay and the annotator load
// (dynamic import) only once the page looks like an article.
import { extractPageTextSliced, looksLikeArticlePage } from '../../src/recognition/page-text.ts';
import type { TabMessage } from '../shared/messages.ts';
import type { PageStatus } from './page-status.ts';

/** How long to keep watching a page that renders its article late (single-page apps). */
const LATE_ARTICLE_WINDOW_MS = 15_000;
const LATE_ARTICLE_CHECKS = 6;

let status: PageStatus = { state: 'checking' };
let openOverlay: (() => void) | null = null;

async function recognizePage(): Promise<void> {
  status = { state: 'checking' };
  const page = await extractPageTextSliced(document, { sliceMs: 8 });
  const { recognizeAndMount } = await import('./recognize-and-mount.ts');
  const outcome = await recognizeAndMount(page);
  status = outcome.status;
  openOverlay = outcome.open;
}

/** Some pages render their article after load: look again a few times, cheaply. */
function watchForLateArticle(): void {
  let checks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const started = performance.now();
  const observer = new MutationObserver(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      checks += 1;
      const expired = checks >= LATE_ARTICLE_CHECKS || performance.now() - started > LATE_ARTICLE_WINDOW_MS;
      if (looksLikeArticlePage(document)) {
        observer.disconnect();
        void recognizePage().catch(report);
      } else if (expired) {
        observer.disconnect();
      }
    }, 500);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), LATE_ARTICLE_WINDOW_MS);
}

function report(error: unknown): void {
  status = { state: 'error', message: error instanceof Error ? error.message : String(error) };
  console.warn('Sourcelight:', status.message);
}

// The popup asks the tab what Sourcelight made of the page, and may open the panel.
// Plain `chrome.runtime` (both engines have it) keeps the polyfill out of this entry.
chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  const m = message as TabMessage | undefined;
  if (m?.type === 'overlay/status') sendResponse(status);
  else if (m?.type === 'overlay/open') {
    openOverlay?.();
    sendResponse(openOverlay !== null);
  }
  return false;
});

if (looksLikeArticlePage(document)) {
  void recognizePage().catch(report);
} else {
  status = { state: 'not-article' };
  watchForLateArticle();
}
