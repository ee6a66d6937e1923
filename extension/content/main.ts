// The content script on the outlets' pages. It stays cheap until the page
// looks like an article, then asks the worker whether the article is in the
// corpus; only on a match does it touch the page (the page contract).
import browser from 'webextension-polyfill';
import { extractPageTextSliced, looksLikeArticlePage } from '../../src/recognition/page-text.ts';
import type { TabMessage } from '../shared/messages.ts';
import { askWorker } from '../shared/worker-client.ts';
import { startOverlay } from './start-overlay.tsx';

/** How long to keep watching a page that renders its article late (single-page apps). */
const LATE_ARTICLE_WINDOW_MS = 15_000;
const LATE_ARTICLE_CHECKS = 6;

type PageStatus =
  | { state: 'checking' }
  | { state: 'not-article' }
  | { state: 'not-in-corpus' }
  | { state: 'recognized'; corpusId: string; headline: string; outlet: string }
  | { state: 'error'; message: string };

let status: PageStatus = { state: 'checking' };
let openOverlay: (() => void) | null = null;

async function recognizePage(): Promise<boolean> {
  const page = await extractPageTextSliced(document, { sliceMs: 8 });
  const match = await askWorker('page/recognize', { url: location.href, paragraphs: page.paragraphs });
  if (!match) {
    status = { state: 'not-in-corpus' };
    return false;
  }
  status = { state: 'recognized', corpusId: match.article.id, headline: match.article.headline, outlet: match.article.outlet };
  openOverlay = await startOverlay(match);
  return true;
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

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as TabMessage;
  if (m?.type === 'overlay/status') return Promise.resolve(status);
  if (m?.type === 'overlay/open') {
    openOverlay?.();
    return Promise.resolve(openOverlay !== null);
  }
  return undefined;
});

if (looksLikeArticlePage(document)) {
  void recognizePage().catch(report);
} else {
  status = { state: 'not-article' };
  watchForLateArticle();
}
