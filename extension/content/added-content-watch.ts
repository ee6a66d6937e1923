// Watches an article page for stories added later (infinite scroll: the next
// story loads below as the reader scrolls) and asks for another look once one
// has arrived: on a page that held no corpus article at load, for the first
// one; on a page with the overlay, for further ones. Loaded only with
// the overlay script, on pages that passed the gate: the gate's cost on other
// pages does not change.
//
// Cheap while the page changes: the observer's callback only adds up the
// length of the text added (a story is hundreds of characters; a ticker line,
// a like counter or an ad's markup is less), and a look runs only once
// enough has arrived, after a quiet moment, and at most once per interval.
// The interval doubles while additions keep coming (an endless feed) up to a
// bound, and the looks are counted, so the page's reading and the worker's
// recognition (each look reads the whole page: the article may be anywhere in
// it) stay a small share of a core. The look itself is sliced (page-text.ts):
// no long task.

/** Characters of added text that make a look worth it. */
const MIN_ADDED_CHARS = 500;
/** Wait after the last addition, so a story added in parts is read whole. */
const QUIET_MS = 300;
const MIN_INTERVAL_MS = 1_000;
const MAX_INTERVAL_MS = 15_000;
/**
 * Looks at most: a page that keeps adding text without ever showing a corpus
 * article (a ticker, a feed read for an hour) is then left alone. Forty
 * stories scrolled through is more than a reader reads on one page.
 */
const MAX_LOOKS = 40;

/**
 * Calls `look` after text is added to the page, until it answers true (done)
 * or the returned stop is called. Looks never overlap.
 */
export function watchAddedContent(look: () => Promise<boolean>): () => void {
  let added = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;
  let lastLookAt = Number.NEGATIVE_INFINITY;
  let interval = MIN_INTERVAL_MS;
  let looks = 0;

  const schedule = () => {
    if (stopped || running) return;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(QUIET_MS, interval - (performance.now() - lastLookAt));
    timer = setTimeout(run, wait);
  };

  const run = async () => {
    timer = undefined;
    const now = performance.now();
    interval = now - lastLookAt < interval * 2 ? Math.min(interval * 2, MAX_INTERVAL_MS) : MIN_INTERVAL_MS;
    lastLookAt = now;
    added = 0;
    running = true;
    let done = false;
    try {
      done = await look();
    } catch (error) {
      console.warn('Sourcelight:', error instanceof Error ? error.message : String(error));
    }
    running = false;
    if (done || ++looks >= MAX_LOOKS) stop();
    else if (added >= MIN_ADDED_CHARS) schedule();
  };

  // Our own elements live under <html>, outside <body>, and in closed shadow roots: the page's additions only.
  const observer = new MutationObserver((mutations) => {
    if (stopped) return;
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        added += node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE ? (node.textContent?.length ?? 0) : 0;
        if (added >= MIN_ADDED_CHARS) break;
      }
      if (added >= MIN_ADDED_CHARS) break;
    }
    if (added >= MIN_ADDED_CHARS) schedule();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });

  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  return stop;
}
