// Provenance data (who stands behind an outlet, where an article's words came
// from) and the cards built from it. Every fact names its sources; what is
// read off the article page itself is marked `source: 'this page'` instead.

export interface Source {
  title: string;
  url: string;
}

/** A checked fact. `status: 'not-established'` keeps an unknown explicit rather than guessed. */
export interface Fact {
  text: string;
  sources: Source[];
  /** Where sources disagree or the fact needs a qualifier. */
  caveat?: string;
  status?: 'not-established';
}

export type ProvenanceEntityKind = 'outlet' | 'wire' | 'source';

/** One entry of fixtures/corpus/outlets.json: an outlet, a wire behind it, or a source it copies. */
export interface OutletRecord {
  id: string;
  kind: ProvenanceEntityKind;
  name: string;
  domains: string[];
  /** Ids of other records a reader should see beside this one (predecessor wire, copied source). */
  related: string[];
  operator: Fact;
  funding: Fact;
  history: Fact[];
  sanctions: Fact[];
  notes: Fact[];
}

/** One entry of fixtures/corpus/article-notes.json, keyed by catalog id. */
export interface ArticleNote {
  id: string;
  file: string;
  origin: Fact[];
  event: Fact[];
  carePoints: Fact[];
}

export interface ProvenanceData {
  outlets: Map<string, OutletRecord>;
  notes: Map<string, ArticleNote>;
}

/** Something read off the article page itself, with where it was read. */
export interface PageFact {
  text: string;
  source: 'this page';
  /** Offsets into the text it was read from (the raw page text or the body). */
  start?: number;
  end?: number;
}

export type CardFact = Fact | PageFact;

export interface OutletCard {
  id: string;
  kind: ProvenanceEntityKind;
  name: string;
  domains: string[];
  operator: Fact;
  funding: Fact;
  history: Fact[];
  sanctions: Fact[];
  notes: Fact[];
  related: { id: string; name: string; kind: ProvenanceEntityKind }[];
}

export type DateRole = 'dateline' | 'event' | 'published' | 'updated' | 'archived';

export interface CardDate {
  role: DateRole;
  /** ISO 8601 as precise as known. */
  date: string;
  /** How the date was worked out (what the page says, where the year came from). */
  how: string;
  /** Outside sources for the date; empty when it is read off the page alone. */
  sources: Source[];
  source?: 'this page';
}

export type MetadataSignalKind =
  | 'pool-footage'
  | 'copyright-holder'
  | 'embargo'
  | 'copyright'
  | 'site-update-stamp'
  | 'record-date'
  | 'record-id';

export interface MetadataSignal {
  kind: MetadataSignalKind;
  /** The text as found on the page. */
  text: string;
  /** What the signal means for a reader. */
  note: string;
  /** A date the signal carries, ISO 8601, when it has one. */
  date?: string;
  source: 'this page';
  start: number;
  end: number;
}

export interface AnonymousSourceMention {
  phrase: string;
  start: number;
  end: number;
  source: 'this page';
}

export interface ArticleCard {
  id: string;
  outlet: string;
  headline: string;
  origin: CardFact[];
  dates: CardDate[];
  event: Fact[];
  metadata: MetadataSignal[];
  /** Anonymous-source phrases in the article body; offsets into `article.text`. */
  anonymousSourcing: AnonymousSourceMention[];
  carePoints: Fact[];
}
