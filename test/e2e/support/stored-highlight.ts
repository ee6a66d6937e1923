// A reader highlight stored straight through the worker (as an extension page
// sends it), for tests whose subject is what the page or the library does
// with a highlight that already exists.
import type { ChromiumSession } from './launch-chromium.ts';

export interface HighlightToStore {
  url: string;
  /** The article's corpus id (a fixture page's `expect`; null for a page of none). */
  corpusId: string | null;
  quote: string;
  categoryId: string;
  note: string;
}

/** Stores the highlight and returns its id; throws with the worker's reason when it refuses. */
export async function storeHighlight(session: ChromiumSession, h: HighlightToStore): Promise<string> {
  const reply = await session.sendFromExtensionPage({
    type: 'annotations/create',
    payload: {
      url: h.url,
      corpusId: h.corpusId,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: h.quote },
        position: { type: 'TextPositionSelector', start: 0, end: h.quote.length },
      },
      categoryId: h.categoryId,
      note: h.note,
      tags: [],
    },
  });
  if (!reply.ok) throw new Error(`The worker refused the highlight: ${reply.error}`);
  return (reply.value as { id: string }).id;
}

/** The note stored for a highlight now (undefined once it is gone). */
export async function storedNote(session: ChromiumSession, id: string): Promise<string | undefined> {
  const all = await session.sendFromExtensionPage({ type: 'library/all', payload: {} });
  return (all.value as { annotations: { id: string; note: string }[] }).annotations.find((r) => r.id === id)?.note;
}
