// Loaded only on pages that look like articles: asks the worker whether the
// page is a corpus article and, on a match, mounts the overlay; any other
// article gets the reader's highlights (no overlay, no page contract).
import type { PageText } from '../../src/recognition/types.ts';
import { askWorker } from '../shared/worker-client.ts';
import type { PageStatus } from './page-status.ts';
import { startHighlighter } from './start-highlighter.tsx';
import { startOverlay } from './start-overlay.tsx';

export async function recognizeAndMount(page: PageText): Promise<{ status: PageStatus; open: (() => void) | null }> {
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
