// Loaded only on pages that look like articles (the gate in main.ts imports
// it): answers the popup from now on, reads the page's text (in slices, so no
// long task), asks the worker whether the page is a corpus article and, on a
// match, mounts the overlay, its statements and the reader's highlights
// anchored in the region of the page that holds the article (a page may hold
// other stories, comments, a live feed). Any other article gets the reader's
// highlights (no overlay, no page contract), and is watched for stories added
// later (infinite scroll): when a corpus article arrives, the overlay replaces
// the highlighter. A page may hold several corpus articles: the first one
// recognised gets the page contract, and every one (at load, or added later
// by the feed) is shown by the same overlay, with its own region.

import { extractPageTextSliced, type PageTextWithNodes } from '../../src/recognition/page-text.ts';
import type { RecognizedPage } from '../background/handlers.ts';
import type { TabMessage } from '../shared/messages.ts';
import { askWorker } from '../shared/worker-client.ts';
import { watchAddedContent } from './added-content-watch.ts';
import type { PageStatus } from './page-status.ts';
import { startHighlighter } from './start-highlighter.tsx';
import type { ShownArticle } from './overlay/ArticlesOnPage.tsx';
import { type MountedOverlay, startOverlay } from './start-overlay.tsx';

let status: PageStatus = { state: 'checking' };
let openOverlay: ((verdictKind?: string) => void) | null = null;
let listening = false;
let pageWon = false;

/** The page removed our elements more often than the guard puts them back: say so in the popup. */
function pageWins(): void {
  pageWon = true;
  status = { state: 'removed-by-page' };
  openOverlay = null;
}

/** Recognises the page and mounts what fits; a failure is reported to the console and to the popup. */
export async function start(): Promise<void> {
  answerThePopup();
  try {
    const outcome = await recognizeAndMount();
    if (pageWon) return;
    status = outcome.status;
    openOverlay = outcome.open;
  } catch (error) {
    status = { state: 'error', message: error instanceof Error ? error.message : String(error) };
    console.warn('Sourcelight:', status.message);
  }
}

interface Outcome {
  status: PageStatus;
  open: ((verdictKind?: string) => void) | null;
}

async function recognizeAndMount(): Promise<Outcome> {
  const page = await extractPageTextSliced(document, { sliceMs: 8 });
  const match = await askWorker('page/recognize', { url: location.href, paragraphs: page.paragraphs });
  if (!match) {
    const stopHighlighter = await startHighlighter();
    watchForLaterArticle(stopHighlighter);
    return { status: { state: 'not-in-corpus' }, open: null };
  }
  const outcome = await mount(match, page);
  watchForMoreArticles(outcome.overlay);
  return outcome;
}

interface Mounted extends Outcome {
  overlay: MountedOverlay;
}

/** The overlay for the page's first corpus article, showing the others it holds too. */
async function mount(match: RecognizedPage, page: PageTextWithNodes): Promise<Mounted> {
  const overlay = await startOverlay(match, pageWins, regionRange(page, match.recognition.region), othersOf(match, page));
  return {
    status: { state: 'recognized', corpusId: match.article.id, headline: match.article.headline, outlet: match.article.outlet },
    open: overlay.open,
    overlay,
  };
}

/** The reply's further corpus articles, each with the DOM range of its region. */
function othersOf(match: RecognizedPage, page: PageTextWithNodes): ShownArticle[] {
  return (match.others ?? []).map((other) => ({ page: other, region: regionRange(page, other.recognition.region) }));
}

/** The DOM range of the paragraphs recognition found the article in; null without a region. */
function regionRange(page: PageTextWithNodes, region: { firstParagraph: number; lastParagraph: number } | undefined): Range | null {
  const first = region && page.nodes[region.firstParagraph];
  const last = region && page.nodes[region.lastParagraph];
  if (!first || !last || !first.first.isConnected || !last.last.isConnected) return null;
  const range = document.createRange();
  range.setStart(first.first, 0);
  range.setEnd(last.last, last.last.length);
  return range;
}

/** Looks again each time stories are added, until a corpus article shows up (or the page removed our elements). */
function watchForLaterArticle(stopHighlighter: () => void): void {
  watchAddedContent(async () => {
    if (pageWon || status.state === 'recognized') return true;
    const page = await extractPageTextSliced(document, { sliceMs: 8 });
    const match = await askWorker('page/recognize', { url: location.href, paragraphs: page.paragraphs });
    if (!match) return false;
    stopHighlighter();
    const outcome = await mount(match, page);
    if (!pageWon) {
      status = outcome.status;
      openOverlay = outcome.open;
    }
    watchForMoreArticles(outcome.overlay);
    return true;
  });
}

/**
 * Looks again each time stories are added to a page with the overlay, for
 * further corpus articles (the feed's next story): each one found is shown by
 * the same overlay, in its own region. The contract keeps the first article.
 */
function watchForMoreArticles(overlay: MountedOverlay): void {
  watchAddedContent(async () => {
    if (pageWon) return true;
    const page = await extractPageTextSliced(document, { sliceMs: 8 });
    const match = await askWorker('page/recognize', { url: location.href, paragraphs: page.paragraphs });
    if (!match || pageWon) return false;
    await overlay.addArticles([{ page: match, region: regionRange(page, match.recognition.region) }, ...othersOf(match, page)]);
    return false;
  });
}

// The popup asks the tab what Sourcelight made of the page, and may open the
// panel. On pages that do not look like articles this module never loads, so
// nothing listens, and the popup, finding no listener, says so itself.
function answerThePopup(): void {
  if (listening) return;
  listening = true;
  chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const m = message as TabMessage | undefined;
    if (m?.type === 'overlay/status') sendResponse(status);
    else if (m?.type === 'overlay/open') {
      openOverlay?.(typeof m.verdictKind === 'string' ? m.verdictKind : undefined);
      sendResponse(openOverlay !== null);
    }
    return false;
  });
}
