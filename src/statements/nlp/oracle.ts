// What the statement extractor may ask an NLP library. Optional: without an
// oracle the hand rules decide everything. English only: a library that does
// not read the text's language must answer null.
import type { SentenceRange } from '../sentences.ts';

/** What a capitalised phrase names. */
export type EntityKind = 'person' | 'organisation' | 'place';

/** One library's reading of one text; offsets are the text's UTF-16 indices. */
export interface NlpReading {
  /** What the words at [start, end) name, or null when the library does not say. */
  entityKind?(start: number, end: number): EntityKind | null;
  /** Sentences of `masked` (the text with quotations masked) between from and to. */
  sentences?(masked: string, from: number, to: number): SentenceRange[];
}

export interface NlpOracle {
  /** Library name, for figures and logs. */
  readonly name: string;
  read(text: string): NlpReading;
}
