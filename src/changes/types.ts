// The shapes of a comparison between an earlier version of an article (the
// corpus copy, or a snapshot the reader kept) and the text a page shows now.

/** A word of a text: normalised for comparison, with its place in that text. */
export interface Token {
  /** Lower-cased, typography folded, letters and digits only: what is compared. */
  norm: string;
  start: number;
  end: number;
}

/** A run of words the live page has and the earlier version has not: [start, end) in the live text. */
export interface InsertedText {
  start: number;
  end: number;
  text: string;
}

/** Words the earlier version has and the live page has not. */
export interface RemovedText {
  text: string;
  /** Paragraph of the earlier version it was in. */
  paragraph: number;
  /** Offset in the live text where it used to be (the end of what preceded it on the page). */
  liveAt: number;
  /** Its extent in that earlier paragraph (what a side-by-side view marks there). */
  earlierStart: number;
  earlierEnd: number;
}

export type ParagraphStatus = 'unchanged' | 'changed' | 'removed' | 'added';

/** What became of one paragraph: an earlier one found on the page (maybe edited, maybe moved), one gone, or one new. */
export interface ParagraphChange {
  status: ParagraphStatus;
  /** Index in the earlier version; null for an added paragraph. */
  paragraph: number | null;
  /** Its extent in the live text; null for a removed paragraph. */
  live: { start: number; end: number } | null;
  /** True when it sits elsewhere in the order of paragraphs than it did (its words may be unchanged). */
  moved: boolean;
  inserted: InsertedText[];
  removed: RemovedText[];
}

export interface ChangeCounts {
  changed: number;
  removed: number;
  added: number;
  moved: number;
}

export interface ChangeSet {
  /** Earlier paragraphs in their order, then added paragraphs in page order. */
  paragraphs: ParagraphChange[];
  counts: ChangeCounts;
  /** Every run of inserted words, in live-text order (what is marked on the page). */
  inserted: InsertedText[];
  /** Every run of removed words, in the earlier version's order (listed in the panel). */
  removed: RemovedText[];
  /** The article's paragraphs as the page shows them now (in page order): what a snapshot keeps. */
  liveParagraphs: string[];
  /** True when the live text was longer than what is compared (see MAX_LIVE_CHARS). */
  truncated: boolean;
}

/** One version of an article, for reports: where and when it was seen. */
export interface VersionInfo {
  /** "archived copy", "copy you added", "version kept … UTC", "live page". */
  label: string;
  url: string;
  /** ISO 8601 date (or date-time) of the version, when known. */
  date: string | null;
}
