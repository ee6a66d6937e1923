// The corpus model: what Sourcelight knows about each article in its corpus.
// The data lives in fixtures/corpus/catalog.json; the compiler turns it and the
// article texts into the bundle the extension ships.

export const OUTLETS = ['sputnik', 'reuters', 'oyetimes'] as const;
export type OutletId = (typeof OUTLETS)[number];

/** A date the article carries or implies, with how it was worked out. */
export interface DateClaim {
  /** ISO 8601, as precise as known: `2008-09-27`, `2010-09` or `2011`. */
  date: string;
  how: string;
}

export interface ArticleDates {
  published?: DateClaim;
  updated?: DateClaim;
  event?: DateClaim;
  /** Archive metadata (copyright year, embargo) that is not the story's date. */
  archived?: DateClaim;
}

export type OriginKind = 'wire' | 'agency' | 'republication';

export interface ArticleOrigin {
  kind: OriginKind;
  /** The original wire or source behind the copy. */
  name: string;
  note: string;
}

/** One entry of fixtures/corpus/catalog.json. */
export interface CatalogEntry {
  id: string;
  /** File name of the scraped text in fixtures/corpus/. */
  file: string;
  outlet: OutletId;
  headline: string;
  dateline: { place: string; text: string } | null;
  dates: ArticleDates;
  /** Addresses where the outlet serves (or served) the article: a hint, never proof. */
  addresses: string[];
  origin: ArticleOrigin;
}

export interface Catalog {
  version: number;
  articles: CatalogEntry[];
}

/**
 * A catalog entry with its article body separated from page chrome: what the
 * compiler ships. `text` is `paragraphs.join('\n\n')`; offsets into the body
 * (statements, anchors, alignments) are offsets into `text`.
 */
export interface CompiledArticle extends CatalogEntry {
  paragraphs: string[];
  text: string;
}

export interface CorpusBundle {
  version: number;
  articles: CompiledArticle[];
}

// STAND-IN (wt-addui) until wt-ingest's CorpusArticle lands: the contract's shape.
/** The compiled article every engine reads, built-in or added. */
export interface CorpusArticle {
  id: string;
  source: 'builtin' | 'added';
  outlet: string;
  outletName: string;
  headline: string;
  language: string;
  dates: ArticleDates;
  dateline: { place: string; text: string } | null;
  addresses: string[];
  paragraphs: string[];
  text: string;
}
