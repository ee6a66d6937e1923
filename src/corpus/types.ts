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
  /** The date the dateline gives (added articles; a year-less one resolved against the publication date). */
  dateline?: DateClaim;
  /** A date the address holds (/2009/12/04/, /20091204…), added articles. */
  address?: DateClaim;
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

/** Where an article came from: shipped with the extension, or added by the reader. */
export type ArticleSource = 'builtin' | 'added';

/**
 * The compiled article every engine reads, built-in or added: what the ingest
 * pipeline (src/corpus/ingest/ingest-article.ts) yields. `text` is
 * `paragraphs.join('\n\n')`; offsets into the body (statements, anchors,
 * alignments) are offsets into `text`. Engines must not assume `outlet` is one
 * of OUTLETS: an added article's outlet is a slug of its site's name.
 */
export interface CorpusArticle {
  /** Built-in: the catalog id. Added: `added-<hash of the normalised text>`, so the same text is one article. */
  id: string;
  source: ArticleSource;
  /** `sputnik`, `reuters`, `oyetimes` for the three outlets; else a slug of the site name or host. */
  outlet: string;
  /** The outlet's name for display ("Reuters", "Interfax", "www.example.org"). */
  outletName: string;
  headline: string;
  /** Primary language tag: 'en', 'ru', or 'und' when neither is recognised. */
  language: string;
  dates: ArticleDates;
  dateline: { place: string; text: string } | null;
  /** The article's addresses, canonical first. */
  addresses: string[];
  paragraphs: string[];
  text: string;
  author?: string;
  /** The dates exactly as the source gave them (added articles): what a corpus pack export writes back. */
  sourceDates?: { published?: string; modified?: string };
  /** When the reader added it (ISO 8601); added articles only. */
  addedAt?: string;
}

/**
 * A catalog entry with its article body separated from page chrome. `text` is
 * `paragraphs.join('\n\n')`. The compiler makes every one with the ingest
 * pipeline (a BuiltinArticle); the pipeline's fields are optional here only so
 * that hand-made test articles stay valid.
 */
export interface CompiledArticle extends CatalogEntry {
  paragraphs: string[];
  text: string;
  source?: 'builtin';
  outletName?: string;
  language?: string;
}

/** A built-in article as the compiler ships it: a catalog entry and a CorpusArticle in one. */
export type BuiltinArticle = CompiledArticle & CorpusArticle & { source: 'builtin' };

export interface CorpusBundle {
  version: number;
  articles: BuiltinArticle[];
}
