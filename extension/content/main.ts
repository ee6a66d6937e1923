// The content script on the outlets' pages. It must cost next to nothing on
// pages that are not articles, so this entry (built as one small classic
// script, see extension/build/content-script-plugin.ts) holds only the cheap
// gate: every line here is parsed on every outlet page. Everything else (the
// text extraction, the worker client, the popup's answers, the overlay and the
// annotator) is a separate script that the worker injects into this world once
// the page looks like an article. Nothing of the extension is web-accessible,
// so a page cannot fetch a file to tell that Sourcelight is installed.
//
// A page that is not an article at first may become one later:
//  - a single-page app navigates to an article without loading a new
//    document: the Navigation API tells us, and we look again;
//  - an app renders its article after load: we watch only pages that show
//    nothing to read yet, and look again after they change.
// A server-rendered home or section page is never looked at again, so the
// gate at load is all it costs: a later look costs a third to a half as much
// again, even a timer that does nothing (bench/RESULTS.md). A MutationObserver
// costs nothing until the page changes, where polling costs a task each time.
import { looksLikeArticlePage, showsNothingToRead } from '../../src/recognition/article-gate.ts';
import { createWorkerClient } from '../shared/worker-retry.ts';

/**
 * When each look happens, after a change (or a navigation): the first at once
 * (in the observer's callback, with no timer: the change that woke it is most
 * often the render), the rest later, so that content rendered in stages has
 * arrived. After five looks a page that keeps changing (ads, tickers, endless
 * lists) is left alone.
 */
const LOOK_DELAYS_MS = [0, 1_000, 2_000, 4_000, 8_000];

/** Stops the pending later look, if any. */
let cancelPendingLook = (): void => {};
let overlayRequested = false;

function loadOverlay(): void {
  if (overlayRequested) return;
  overlayRequested = true;
  cancelPendingLook();
  navigationApi?.removeEventListener('currententrychange', lookAfterNavigation);
  // A client of its own over the raw API (not worker-client.ts, whose polyfill would weigh on every page): the request is
  // sent again while the worker restarts, as every retry-safe one is.
  createWorkerClient((message) => chrome.runtime.sendMessage(message))('content/load-overlay', {}).catch((error: unknown) =>
    console.warn('Sourcelight:', error instanceof Error ? error.message : String(error)),
  );
}

/** Look number `look`, `LOOK_DELAYS_MS[look]` from now; if the page is still no article, the next look waits for it to change. */
function lookAfterDelay(look: number): void {
  const delay = LOOK_DELAYS_MS[look];
  if (delay === undefined) return;
  const lookNow = () => {
    if (looksLikeArticlePage(document)) loadOverlay();
    else lookAfterChange(look + 1);
  };
  if (delay === 0) {
    lookNow();
    return;
  }
  const timer = setTimeout(lookNow, delay);
  cancelPendingLook = () => clearTimeout(timer);
}

function lookAfterChange(look: number): void {
  if (LOOK_DELAYS_MS[look] === undefined) return;
  const observer = new MutationObserver(() => {
    observer.disconnect();
    lookAfterDelay(look);
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  cancelPendingLook = () => observer.disconnect();
}

const withoutFragment = (url: string): string => url.split('#')[0]!;

/**
 * A same-document navigation to another address starts the looks afresh.
 * Fragment changes and state-only replacements (some pages save their scroll
 * position that way, many times a second) are not new pages.
 */
function lookAfterNavigation(event: Event): void {
  // A page can dispatch this event itself; only the browser's own says a navigation happened.
  if (!event.isTrusted) return;
  const from = (event as Event & { from?: { url: string | null } }).from?.url;
  if (from && withoutFragment(from) === withoutFragment(location.href)) return;
  cancelPendingLook();
  lookAfterDelay(0);
}

// `navigationApi` is undefined where the Navigation API is missing: there every
// page that is not an article is watched for changes, which also covers an
// app's navigations.
const navigationApi = (globalThis as { navigation?: EventTarget }).navigation;

if (looksLikeArticlePage(document)) loadOverlay();
else {
  navigationApi?.addEventListener('currententrychange', lookAfterNavigation);
  if (!navigationApi || showsNothingToRead(document)) lookAfterChange(0);
}
