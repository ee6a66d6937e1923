// What extraction yields from any source (a tab, a saved page, a corpus pack
// line, a catalog entry): the raw material of the ingest pipeline.

export interface ExtractedArticle {
  /** Canonical address (required). */
  url: string;
  /** Body; paragraphs separated by blank lines (required). */
  text: string;
  title?: string;
  /** Outlet or site name as found ("Interfax", "NATO", "Sputnik"). */
  outlet?: string;
  author?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  modified?: string;
  /** Primary language tag: 'en', 'ru', … */
  language?: string;
  /** Other addresses of the same article. */
  addresses?: string[];
}

/** Input that cannot become an article. The message names the file and line when there is one. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}
