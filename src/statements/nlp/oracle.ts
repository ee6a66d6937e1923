// What the statement extractor may ask an NLP library. Optional: without an
// oracle the hand rules decide everything. English only: a library that does
// not read the text's language answers null. Of the uses measured (see
// README.md here), only telling a body or a place from a person beat the rules.

/** What a capitalised phrase names. */
export type EntityKind = 'person' | 'organisation' | 'place';

/** One library's reading of one text; offsets are the text's UTF-16 indices. */
export interface NlpReading {
  /** What the words at [start, end) name, or null when the library does not say. */
  entityKind(start: number, end: number): EntityKind | null;
}

export interface NlpOracle {
  /** Library name, for figures and logs. */
  readonly name: string;
  /** Cheap: a reading does its work on the first question, so a text the rules settle alone costs nothing. */
  read(text: string): NlpReading;
}
