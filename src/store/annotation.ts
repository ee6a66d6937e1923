// The records the store keeps. Annotations follow the W3C Web Annotation model:
// a target (page address plus a TextQuote and a TextPosition selector) and what
// the reader said about it (category, note, tags). Statement highlights are the
// same records with origin 'statement' and the recognised statement attached.

import type { TextTargetSelectors } from '../anchoring/selectors.ts';
import type { ClassSetRole, ClassSetSummary, HandInSummary } from './class-set.ts';

export type AnnotationOrigin = 'reader' | 'statement';
export type StatementKind = 'direct' | 'partial' | 'indirect';

/** A recognised statement as the reader sees (and may correct) it. */
export interface StatementInfo {
  kind: StatementKind;
  speaker: string | null;
  anonymous: boolean;
  /** True once the reader changed kind, speaker or anonymity. */
  corrected: boolean;
}

export interface AnnotationRecord {
  id: string;
  layerId: string;
  origin: AnnotationOrigin;
  /** Normalised page address (see page-key.ts). */
  pageUrl: string;
  /** The corpus article the page was recognised as, if any: highlights follow the article across addresses. */
  corpusId: string | null;
  selectors: TextTargetSelectors;
  categoryId: string;
  /** Plain text, never interpreted as HTML. */
  note: string;
  tags: string[];
  statement?: StatementInfo;
  hidden: boolean;
  /** ISO 8601 date-times. */
  created: string;
  modified: string;
  /** Set by softDelete; cleared by restore (undo). */
  deletedAt?: string;
}

/**
 * The order a page's records are listed in: by stored start, then by when
 * they were made. The annotator's first frame relies on it (it stops
 * scanning at the first record below the viewport).
 */
export function byStoredStart(a: AnnotationRecord, b: AnnotationRecord): number {
  return a.selectors.position.start - b.selectors.position.start || a.created.localeCompare(b.created);
}

export interface Category {
  id: string;
  label: string;
  /** `#rrggbb` */
  color: string;
  builtin: boolean;
}

export type LayerKind = 'own' | 'imported';

export interface Layer {
  id: string;
  name: string;
  kind: LayerKind;
  importedAt?: string;
  /** File name (or title) the layer was imported from. */
  sourceName?: string;
  /** Not drawn on the page; the library still lists it. */
  hidden?: boolean;
  /** Set by softDeleteLayer: the layer is left out everywhere until restored (undo) or purged. */
  deletedAt?: string;
  /** A class set: the teacher's own, or the teacher's set as a student imported it (read-only). */
  classSet?: ClassSetSummary & { role: ClassSetRole };
  /** One student's hand-in, as the teacher imported it. */
  handIn?: HandInSummary;
}

/** The layer every reader and statement highlight goes to unless told otherwise. */
export const OWN_LAYER_ID = 'own';
export const OWN_LAYER: Layer = { id: OWN_LAYER_ID, name: 'My highlights', kind: 'own' };

/** What a caller gives to create a reader highlight. */
export interface NewAnnotation {
  pageUrl: string;
  corpusId?: string | null;
  selectors: TextTargetSelectors;
  categoryId?: string;
  note?: string;
  tags?: string[];
  layerId?: string;
}

/** The fields a reader can edit. */
export interface AnnotationPatch {
  note?: string;
  categoryId?: string;
  tags?: string[];
  /** Tags taken off, then added, against the stored list (after `tags`, if both are given). */
  removeTags?: string[];
  addTags?: string[];
  /** The note `note` was edited from: the edit is refused if the stored note has changed since (another tab). */
  noteBase?: string;
  hidden?: boolean;
  /** A correction of a statement highlight; marks it corrected. */
  statement?: Partial<Pick<StatementInfo, 'kind' | 'speaker' | 'anonymous'>>;
}

/** A statement found on first recognition of a corpus article. */
export interface StatementSeed {
  selectors: TextTargetSelectors;
  kind: StatementKind;
  speaker: string | null;
  anonymous: boolean;
}
