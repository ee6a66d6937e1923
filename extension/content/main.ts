// The content script on the outlets' pages. It must cost next to nothing on
// pages that are not articles: this entry (built as one classic script, see
// extension/build/content-script-plugin.ts) holds only the cheap gate; the text
// extraction, the worker client, the overlay and the annotator are a separate
// module imported only once the page looks like an article.
import { elementCount, looksLikeArticlePage } from '../../src/recognition/article-gate.ts';
import { OVERLAY_MODULE } from '../shared/content-files.ts';
import type { TabMessage } from '../shared/messages.ts';
import type { PageStatus } from './page-status.ts';

/** Waits between looks at a page that did not look like an article yet. */
const LATE_ARTICLE_LOOKS_MS = [1_500, 1_500, 3_000, 4_000, 5_000];

let status: PageStatus = { state: 'not-article' };
let openOverlay: (() => void) | null = null;

async function recognizePage(): Promise<void> {
  status = { state: 'checking' };
  answerThePopup();
  const { recognizeAndMount } = (await import(
    /* @vite-ignore */ chrome.runtime.getURL(OVERLAY_MODULE)
  )) as typeof import('./recognize-and-mount.ts');
  const outcome = await recognizeAndMount();
  status = outcome.status;
  openOverlay = outcome.open;
}

/**
 * Some pages render their article after load (single-page apps): look again a
 * few times, and only when the page has grown. Polling costs nothing between
 * looks, where a MutationObserver would run on every change the page makes.
 */
function watchForLateArticle(): void {
  let size = -1;
  let look = 0;
  const next = () => {
    const delay = LATE_ARTICLE_LOOKS_MS[look++];
    if (delay === undefined) return;
    setTimeout(() => {
      if (status.state !== 'not-article') return;
      // The first look always runs the gate; later ones only if the page has grown since.
      const now = elementCount(document);
      if (now !== size && looksLikeArticlePage(document)) {
        void recognizePage().catch(report);
        return;
      }
      size = now;
      next();
    }, delay);
  };
  next();
}

function report(error: unknown): void {
  status = { state: 'error', message: error instanceof Error ? error.message : String(error) };
  console.warn('Sourcelight:', status.message);
}

// The popup asks the tab what Sourcelight made of the page, and may open the panel.
// Registered only once the page looks like an article: the first touch of
// `chrome.runtime` sets up the extension bindings, which costs milliseconds; on
// other pages the popup, finding no listener, says so itself.
let listening = false;
function answerThePopup(): void {
  if (listening) return;
  listening = true;
  chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const m = message as TabMessage | undefined;
    if (m?.type === 'overlay/status') sendResponse(status);
    else if (m?.type === 'overlay/open') {
      openOverlay?.();
      sendResponse(openOverlay !== null);
    }
    return false;
  });
}

if (looksLikeArticlePage(document)) void recognizePage().catch(report);
else watchForLateArticle();
