// Export as W3C Web Annotation JSON-LD: one AnnotationCollection whose single
// page holds every annotation, each complete on its own (with @context) so a
// tool can take any one of them. What the model has no term for (category
// colour, corpus id, statement speaker and kind, hidden) travels under one
// extension key with an absolute IRI, which JSON-LD processors leave alone.

import { type AnnotationRecord, type Category, type Layer, OWN_LAYER_ID, type StatementInfo } from './annotation.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Extension property carrying what only Sourcelight reads. */
export const SOURCELIGHT_KEY = 'urn:sourcelight:annotation';

export interface SourcelightExtension {
  origin: AnnotationRecord['origin'];
  corpusId: string | null;
  category: { id: string; label: string; color: string };
  hidden: boolean;
  statement?: StatementInfo;
  /** The layer a highlight outside the reader's own was in, so a backup restores it there (see import.ts). */
  layer?: FileLayer;
}

/** A layer as an export names it: enough to make it again on restore (a class set's or hand-in's details are not carried). */
export interface FileLayer {
  id: string;
  name: string;
  hidden: boolean;
}

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/plain';
  purpose: 'commenting' | 'tagging' | 'classifying';
}

export interface W3CAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: W3CTextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  [SOURCELIGHT_KEY]: SourcelightExtension;
}

export interface W3CCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OWN_IRI_PREFIX = 'urn:sourcelight:id:';

/** The IRI an annotation is exported under: `urn:uuid:` for UUIDs, a Sourcelight URN otherwise. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${OWN_IRI_PREFIX}${encodeURIComponent(id)}`;
}

/** The record id an imported IRI maps back to (the inverse of `annotationIri`; foreign IRIs are kept whole). */
export function idFromIri(iri: string): string {
  if (/^urn:uuid:/i.test(iri) && UUID.test(iri.slice(9))) return iri.slice(9).toLowerCase();
  if (iri.startsWith(OWN_IRI_PREFIX)) {
    try {
      return decodeURIComponent(iri.slice(OWN_IRI_PREFIX.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

const UNKNOWN_CATEGORY_COLOR = '#1c7ed6';

export function toW3CAnnotation(record: AnnotationRecord, category: Category | undefined, layer?: Layer): W3CAnnotation {
  const cat = category ?? { id: record.categoryId, label: record.categoryId, color: UNKNOWN_CATEGORY_COLOR };
  const body: W3CTextualBody[] = [];
  if (record.note) body.push({ type: 'TextualBody', value: record.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of record.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  body.push({ type: 'TextualBody', value: cat.label, purpose: 'classifying' });

  const { quote, position } = record.selectors;
  const quoteSelector: W3CAnnotation['target']['selector'][0] = { type: 'TextQuoteSelector', exact: quote.exact };
  if (quote.prefix !== undefined) quoteSelector.prefix = quote.prefix;
  if (quote.suffix !== undefined) quoteSelector.suffix = quote.suffix;

  const extension: SourcelightExtension = {
    origin: record.origin,
    corpusId: record.corpusId,
    category: { id: cat.id, label: cat.label, color: cat.color },
    hidden: record.hidden,
  };
  if (record.statement) extension.statement = { ...record.statement };
  if (layer && layer.id !== OWN_LAYER_ID) extension.layer = { id: layer.id, name: layer.name, hidden: layer.hidden === true };

  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(record.id),
    type: 'Annotation',
    motivation: record.note ? 'commenting' : 'highlighting',
    created: record.created,
    modified: record.modified,
    body,
    target: {
      source: record.pageUrl,
      selector: [quoteSelector, { type: 'TextPositionSelector', start: position.start, end: position.end }],
    },
    [SOURCELIGHT_KEY]: extension,
  };
}

export interface W3CExportOptions {
  categories: readonly Category[];
  /** Shown as the collection's label (e.g. "Ms Rivera's highlights — NATO unit"). */
  label?: string;
  /** Collection id; a fresh urn:uuid by default. */
  id?: string;
  /** With them, each highlight outside the own layer names its layer (a backup of several layers restores whole). */
  layers?: readonly Layer[];
}

/** Builds the collection; soft-deleted records are left out. */
export function toW3CCollection(records: readonly AnnotationRecord[], options: W3CExportOptions): W3CCollection {
  const byId = new Map(options.categories.map((c) => [c.id, c]));
  const layers = new Map((options.layers ?? []).map((l) => [l.id, l]));
  const items = records.filter((r) => r.deletedAt === undefined).map((r) => toW3CAnnotation(r, byId.get(r.categoryId), layers.get(r.layerId)));
  const id = options.id ?? `urn:uuid:${crypto.randomUUID()}`;
  const collection: W3CCollection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label ?? 'Sourcelight highlights',
    total: items.length,
  };
  if (items.length > 0) collection.first = { id: `urn:uuid:${crypto.randomUUID()}`, type: 'AnnotationPage', startIndex: 0, items };
  return collection;
}

/** The export file's text (JSON-LD, pretty-printed). */
export function exportW3C(records: readonly AnnotationRecord[], options: W3CExportOptions): string {
  return `${JSON.stringify(toW3CCollection(records, options), null, 2)}\n`;
}
