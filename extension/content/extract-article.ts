// Injected by the popup, on the reader's click only, into the tab they want
// to add (see extension/shared/extract-script.ts). It defines one function in
// the extension's isolated world; the popup calls it and gets the article, or
// the reason there is none. Nothing is sent anywhere from here.

import { extractArticleFromDocument } from '../../src/corpus/ingest/extract-html.ts';
import type { ExtractedArticle } from '../../src/corpus/ingest/extracted-article.ts';
import { EXTRACT_FUNCTION } from '../shared/extract-script.ts';

export type ExtractionOutcome = { ok: true; article: ExtractedArticle } | { ok: false; error: string };

function extractPage(): ExtractionOutcome {
  try {
    return { ok: true, article: extractArticleFromDocument(document, location.href) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

(globalThis as unknown as Record<string, unknown>)[EXTRACT_FUNCTION] = extractPage;
