// Loaded only on pages that look like articles (the gate in main.ts imports
// it): answers the popup from now on, reads the page's text (in slices, so no
// long task), asks the worker whether the page is a corpus article and, on a
// match, mounts the overlay; any other article gets the reader's highlights
// (no overlay, no page contract).
import { extractPageTextSliced } from '../../src/recognition/page-text.ts';
import type { TabMessage } from '../shared/messages.ts';
import { askWorker } from '../shared/worker-client.ts';
import type { PageStatus } from './page-status.ts';
import { startHighlighter } from './start-highlighter.tsx';
import { startOverlay } from './start-overlay.tsx';

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

async function recognizeAndMount(): Promise<{ status: PageStatus; open: ((verdictKind?: string) => void) | null }> {
  const page = await extractPageTextSliced(document, { sliceMs: 8 });
  const match = await askWorker('page/recognize', { url: location.href, paragraphs: page.paragraphs });
  if (!match) {
    await startHighlighter();
    return { status: { state: 'not-in-corpus' }, open: null };
  }
  const open = await startOverlay(match, pageWins);
  return {
    status: { state: 'recognized', corpusId: match.article.id, headline: match.article.headline, outlet: match.article.outlet },
    open,
  };
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
