// The recognition engine's public shapes.

/** The text of a page, as paragraphs in reading order (from the DOM, or from a text file). */
export interface PageText {
  paragraphs: string[];
}

/** Which corpus article a page is, and how much of it the page shows. */
export interface Recognition {
  corpusId: string;
  /** Confidence in [0, 1]: the geometric mean of `coverage` and `pageShare`. */
  score: number;
  /** Share of the article's text found on the page, in [0, 1]. */
  coverage: number;
  /** Share of the page's story-like text that belongs to the article, in [0, 1]. */
  pageShare: number;
  /** Indices of the article's paragraphs that are not on the page word for word (missing or changed). */
  differingParagraphs: number[];
  /** True when the page address is one the catalog lists for the article (a hint, never proof). */
  addressMatched: boolean;
  /**
   * The page paragraphs (indices into PageText.paragraphs, inclusive) of the
   * run that holds most of the article: where its statements and the reader's
   * highlights are anchored on a page holding more than the article.
   */
  region?: { firstParagraph: number; lastParagraph: number };
}

/** What the index needs of an article: the compiled corpus article satisfies it. */
export interface IndexableArticle {
  id: string;
  paragraphs: string[];
  addresses?: string[];
}
