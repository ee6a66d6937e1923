// Loaded only on pages that look like articles: reads the page's text (in
// slices, so no long task), asks the worker whether the page is a corpus
// article and, on a match, mounts the overlay; any other article gets the
// reader's highlights (no overlay, no page contract).
import { extractPageTextSliced } from '../../src/recognition/page-text.ts';
import { askWorker } from '../shared/worker-client.ts';
import type { PageStatus } from './page-status.ts';
import { startHighlighter } from './start-highlighter.tsx';
import { startOverlay } from './start-overlay.tsx';

export async function recognizeAndMount(): Promise<{ status: PageStatus; open: (() => void) | null }> {
  const page = await extractPageTextSliced(document, { sliceMs: 8 });
  const match = await askWorker('page/recognize', { url: location.href, paragraphs: page.paragraphs });
  if (!match) {
    await startHighlighter();
    return { status: { state: 'not-in-corpus' }, open: null };
  }
  const open = await startOverlay(match);
  return {
    status: { state: 'recognized', corpusId: match.article.id, headline: match.article.headline, outlet: match.article.outlet },
    open,
  };
}
