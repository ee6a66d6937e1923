// Import of W3C Web Annotation JSON-LD (Sourcelight's own export or another
// tool's), in two steps:
//   parseImport  — pure: checks everything and builds records, or throws an
//                  ImportError naming the first problem (the library page
//                  runs it on the file; the worker runs checkImportChunk,
//                  the same rules, on each chunk the page sends);
//   applyImport  — writes the records in ONE transaction: new ones added,
//                  ids already stored updated when the file's copy is newer,
//                  duplicates within the target layer skipped.
// A file is taken whole or not at all. Notes and quotes are plain text, kept
// as the reader wrote them (every surface shows them as text); what cannot be
// annotation text (wrong types, control characters, selectors out of range,
// prototype-pollution keys) is refused.

import type { TextTargetSelectors } from '../anchoring/selectors.ts';
import { type AnnotationOrigin, type AnnotationRecord, type Category, type Layer, OWN_LAYER_ID, type StatementInfo } from './annotation.ts';
import type { AnnotationStore, ImportOutcome } from './annotation-store.ts';
import { BUILTIN_CATEGORIES, BUILTIN_IDS, FALLBACK_CATEGORY_ID, isHexColor, STATEMENT_CATEGORY_ID } from './categories.ts';
import { ImportError } from './errors.ts';
import { fromHypothesisExport, isHypothesisExport } from './export-hypothesis.ts';
import { idFromIri, SOURCELIGHT_KEY } from './export-w3c.ts';
import { checkSelectors, checkText, cleanTags, LIMITS } from './field-rules.ts';
import { normalizePageUrl } from './page-key.ts';

/** A sane upper bound, far above any reader's backup (50,000 highlights are about 80 MB). */
export const DEFAULT_MAX_IMPORT_BYTES = 500 * 1024 * 1024;
export const DEFAULT_MAX_IMPORT_ANNOTATIONS = 1_000_000;

export interface ParseImportOptions {
  maxBytes?: number;
  maxAnnotations?: number;
  /** Clock for records that carry no dates. */
  now?: () => Date;
}

/** A record as a file gives it; `layerId` only when a backup names the layer it was in (see `ValidatedImport.layers`). */
export type ImportedAnnotation = Omit<AnnotationRecord, 'layerId'> & { layerId?: string };

export interface ValidatedImport {
  annotations: ImportedAnnotation[];
  /** Own categories the file uses (built-ins are never imported). */
  categories: Category[];
  /** Layers other than the own one that the file's highlights were in (a backup of several layers). */
  layers: Layer[];
  /** The collection's label, if the file had one. */
  label: string | null;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

// A forbidden key can only appear if its name, or a \u escape that might spell it, is in the text.
const MAYBE_FORBIDDEN = /__proto__|constructor|prototype|\\u/;

/** Parses JSON, refusing keys that could pollute prototypes wherever they appear. */
function parseJson(text: string): Json {
  try {
    // The checking reviver visits every value, which costs seconds on a large backup: used only when needed.
    if (!MAYBE_FORBIDDEN.test(text)) return JSON.parse(text) as Json;
    return JSON.parse(text, (key, value: Json) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError(`The file contains the key "${key}", which Sourcelight refuses (it can be used to tamper with the extension).`);
      return value;
    }) as Json;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof RangeError) throw new ImportError('The file is nested too deeply to be an annotation file.');
    throw new ImportError(`The file is not valid JSON (${(error as Error).message}).`);
  }
}

/** Finds the annotation list in a collection, a page, a bare list or a single annotation. */
function annotationList(doc: Json): { items: Json[]; label: string | null } {
  if (Array.isArray(doc)) return { items: doc, label: null };
  if (!isObject(doc)) throw new ImportError('The file is not a Web Annotation file (expected a JSON object or list).');
  const types = asList(doc.type);
  if (types.includes('AnnotationCollection')) {
    const label = typeof doc.label === 'string' ? doc.label : null;
    const first = asList(doc.first)[0];
    if (first === undefined) return { items: [], label };
    if (!isObject(first) || !Array.isArray(first.items)) {
      throw new ImportError('The collection does not embed its annotations (its first page is only a link); export it with the annotations included.');
    }
    if (first.next !== undefined && first.next !== null) {
      throw new ImportError('The collection has more than one page; Sourcelight imports single-page collections only.');
    }
    return { items: first.items, label };
  }
  if (types.includes('AnnotationPage')) {
    if (!Array.isArray(doc.items)) throw new ImportError('The annotation page has no list of items.');
    return { items: doc.items, label: null };
  }
  if (types.includes('Annotation')) return { items: [doc], label: null };
  throw new ImportError('The file is not a Web Annotation file: no Annotation, AnnotationPage or AnnotationCollection in it.');
}

class Checker {
  constructor(private readonly where: string) {}

  fail(problem: string): never {
    throw new ImportError(`${this.where}: ${problem}`);
  }

  text(field: string, value: Json | undefined, max: number): string {
    if (typeof value !== 'string') this.fail(`${field} must be text.`);
    try {
      checkText(field, value, max);
    } catch (error) {
      this.fail((error as Error).message);
    }
    return value;
  }

  date(field: string, value: Json | undefined, fallback: string): string {
    if (value === undefined) return fallback;
    const one = Array.isArray(value) && value.length === 1 ? value[0] : value;
    if (typeof one !== 'string' || !ISO_DATE_TIME.test(one) || Number.isNaN(Date.parse(one))) {
      this.fail(`${field} is not a date-time (expected e.g. 2024-05-01T10:00:00Z).`);
    }
    return new Date(one).toISOString();
  }
}

function readSelectors(c: Checker, target: JsonObject): TextTargetSelectors {
  let quote: JsonObject | undefined;
  let position: JsonObject | undefined;
  for (const s of asList(target.selector)) {
    if (!isObject(s)) continue;
    if (s.type === 'TextQuoteSelector' && !quote) quote = s;
    if (s.type === 'TextPositionSelector' && !position) position = s;
  }
  if (!quote) c.fail('the target has no TextQuoteSelector (the quoted text).');
  if (!position) c.fail('the target has no TextPositionSelector (where the quote was in the page).');
  const selectors: TextTargetSelectors = {
    quote: { type: 'TextQuoteSelector', exact: c.text('The quoted text', quote.exact, LIMITS.quoteChars) },
    position: {
      type: 'TextPositionSelector',
      start: position.start as number,
      end: position.end as number,
    },
  };
  if (quote.prefix !== undefined) selectors.quote.prefix = c.text('The text before the quote', quote.prefix, LIMITS.contextChars);
  if (quote.suffix !== undefined) selectors.quote.suffix = c.text('The text after the quote', quote.suffix, LIMITS.contextChars);
  try {
    return checkSelectors(selectors);
  } catch (error) {
    c.fail((error as Error).message);
  }
}

function readCategory(c: Checker, value: Json | undefined, labelFromBody: string | null): { id: string; own: Category | null } {
  if (isObject(value)) {
    const id = c.text('The category id', value.id, LIMITS.idChars);
    if (!SAFE_ID.test(id)) c.fail(`the category id ${JSON.stringify(id)} has characters Sourcelight does not use.`);
    if (BUILTIN_IDS.has(id)) return { id, own: null };
    const label = c.text('The category name', value.label, LIMITS.labelChars).trim();
    if (!label) c.fail('a category has no name.');
    const color = value.color;
    if (typeof color !== 'string' || !isHexColor(color)) c.fail(`the category colour ${JSON.stringify(color)} is not a #rrggbb colour.`);
    return { id, own: { id, label, color: color.toLowerCase(), builtin: false } };
  }
  if (labelFromBody) {
    const builtin = BUILTIN_CATEGORIES.find((b) => b.label.toLowerCase() === labelFromBody.toLowerCase());
    if (builtin) return { id: builtin.id, own: null };
  }
  return { id: FALLBACK_CATEGORY_ID, own: null };
}

function readStatement(c: Checker, value: Json | undefined): StatementInfo | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) c.fail('the statement details are not an object.');
  const kind = value.kind;
  if (kind !== 'direct' && kind !== 'partial' && kind !== 'indirect') c.fail(`unknown statement kind ${JSON.stringify(kind)}.`);
  const speaker = value.speaker === null ? null : c.text('The speaker', value.speaker, LIMITS.speakerChars);
  return { kind, speaker, anonymous: value.anonymous === true, corrected: value.corrected === true };
}

/** The layer a backup says a highlight was in; null for none (the reader's own). */
function readLayer(c: Checker, value: Json | undefined): Layer | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) c.fail('its layer is not an object.');
  const id = c.text('The layer id', value.id, LIMITS.idChars);
  if (!SAFE_ID.test(id)) c.fail(`the layer id ${JSON.stringify(id)} has characters Sourcelight does not use.`);
  if (id === OWN_LAYER_ID) return null;
  const name = c.text('The layer name', value.name, LIMITS.labelChars * 2).trim().replace(/\s+/g, ' ');
  if (!name) c.fail('its layer has no name.');
  return { id, name, kind: 'imported', ...(value.hidden === true ? { hidden: true } : {}) };
}

function readAnnotation(item: Json, index: number, total: number, now: string): { record: ImportedAnnotation; category: Category | null; layer: Layer | null } {
  const c: Checker = new Checker(`Annotation ${index + 1} of ${total}`);
  if (!isObject(item)) c.fail('it is not an object.');
  if (!asList(item.type).includes('Annotation')) c.fail('its type is not "Annotation".');
  const iri = c.text('The id', item.id, LIMITS.idChars);
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(iri)) c.fail(`the id ${JSON.stringify(iri)} is not an IRI.`);

  const targets = asList(item.target);
  if (targets.length !== 1) c.fail(`it has ${targets.length} targets; Sourcelight imports annotations with exactly one.`);
  const target = targets[0];
  if (!isObject(target)) c.fail('its target is a bare address without the quoted text.');
  const source = c.text('The page address', target.source, LIMITS.urlChars);
  let pageUrl: string;
  try {
    pageUrl = normalizePageUrl(source);
  } catch (error) {
    c.fail((error as Error).message);
  }
  const selectors = readSelectors(c, target);

  const notes: string[] = [];
  const tags: string[] = [];
  let classifying: string | null = null;
  if (item.bodyValue !== undefined) notes.push(c.text('The note', asList(item.bodyValue)[0], LIMITS.noteChars));
  for (const body of asList(item.body)) {
    if (!isObject(body)) continue; // a linked body (an address) carries no text to keep
    if (body.value === undefined) continue;
    const purposes = asList(body.purpose);
    if (purposes.includes('tagging')) tags.push(c.text('A tag', body.value, LIMITS.tagChars));
    else if (purposes.includes('classifying')) classifying = c.text('The category name', body.value, LIMITS.labelChars);
    else notes.push(c.text('The note', body.value, LIMITS.noteChars));
  }
  const note = notes.join('\n\n');
  if (note.length > LIMITS.noteChars) c.fail(`the note is too long (limit ${LIMITS.noteChars} characters).`);

  const ext = item[SOURCELIGHT_KEY];
  if (ext !== undefined && !isObject(ext)) c.fail('its Sourcelight details are not an object.');
  const origin: AnnotationOrigin = ext?.origin === 'statement' ? 'statement' : 'reader';
  let corpusId: string | null = null;
  if (ext?.corpusId !== undefined && ext.corpusId !== null) {
    corpusId = c.text('The corpus id', ext.corpusId, LIMITS.idChars);
    if (!SAFE_ID.test(corpusId)) c.fail(`the corpus id ${JSON.stringify(corpusId)} has characters Sourcelight does not use.`);
  }
  const statement = readStatement(c, ext?.statement);
  if (origin === 'statement' && !statement) c.fail('a statement highlight without its statement details.');
  const category = readCategory(c, ext?.category, classifying);
  // A foreign tool's classification that matches no category is kept as a tag.
  if (!ext && classifying && category.id === FALLBACK_CATEGORY_ID && classifying.toLowerCase() !== 'quote') tags.push(classifying);

  let cleanTagList: string[];
  try {
    cleanTagList = cleanTags(tags);
  } catch (error) {
    c.fail((error as Error).message);
  }
  const created = c.date('The created date', item.created, now);
  const record: ImportedAnnotation = {
    id: idFromIri(iri),
    origin,
    pageUrl,
    corpusId,
    selectors,
    categoryId: origin === 'statement' && !ext?.category ? STATEMENT_CATEGORY_ID : category.id,
    note,
    tags: cleanTagList,
    hidden: ext?.hidden === true,
    created,
    modified: c.date('The modified date', item.modified, created),
  };
  if (statement) record.statement = statement;
  const layer = readLayer(c, ext?.layer);
  if (layer) record.layerId = layer.id;
  return { record, category: category.own, layer };
}

/** The annotations of a file, found but not yet checked one by one. */
export interface ImportDocument {
  items: Json[];
  label: string | null;
  /** A Hypothesis export's replies and page notes: no passage to highlight, so not imported (said in the summary). */
  notOnAPassage?: number;
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Checks a file's size and JSON and finds its annotation list; throws ImportError naming the problem. */
export function parseImportDocument(text: string, options: ParseImportOptions = {}): ImportDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const maxAnnotations = options.maxAnnotations ?? DEFAULT_MAX_IMPORT_ANNOTATIONS;
  if (typeof text !== 'string') throw new ImportError('The import is not a text file.');
  // A string has at most as many code units as UTF-8 bytes: a cheap first check.
  if (text.length > maxBytes) throw new ImportError(`The file is too large (over ${formatBytes(maxBytes)}, the import limit).`);
  // A UTF-16 code unit is at most 3 bytes of UTF-8: count exactly only when that could pass the limit.
  const bytes = text.length * 3 > maxBytes ? new TextEncoder().encode(text).byteLength : 0;
  if (bytes > maxBytes) {
    throw new ImportError(`The file is too large (${formatBytes(bytes)}; the import limit is ${formatBytes(maxBytes)}).`);
  }
  if (text.trim() === '') throw new ImportError('The file is empty.');

  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  const hypothesis = isHypothesisExport(parsed) ? fromHypothesisExport(parsed) : null;
  const { items, label } = hypothesis ? { items: hypothesis.items, label: null } : annotationList(parsed);
  if (items.length === 0 && hypothesis && hypothesis.skipped > 0) {
    throw new ImportError(`The Hypothesis file holds only replies and page notes (${hypothesis.skipped}); Sourcelight imports highlights on a passage.`);
  }
  if (items.length === 0) throw new ImportError('The file holds no annotations.');
  if (items.length > maxAnnotations) {
    throw new ImportError(
      `The file holds ${formatCount(items.length)} annotations; Sourcelight imports at most ${formatCount(maxAnnotations)} at a time. Split it into smaller files.`,
    );
  }
  let cleanLabel: string | null = null;
  if (label !== null) {
    new Checker('The collection').text('The collection label', label, LIMITS.labelChars * 4);
    cleanLabel = label.trim() || null;
  }
  return hypothesis?.skipped ? { items, label: cleanLabel, notOnAPassage: hypothesis.skipped } : { items, label: cleanLabel };
}

export interface CheckedItems {
  annotations: ImportedAnnotation[];
  categories: Category[];
  layers: Layer[];
}

/**
 * Checks annotations `items` of a file (the slice starting at `offset` of
 * `total`, for messages that name the right one) and builds their records.
 */
export function checkImportItems(items: readonly Json[], where: { offset: number; total: number; now: string }): CheckedItems {
  const annotations: ImportedAnnotation[] = [];
  const categories = new Map<string, Category>();
  const layers = new Map<string, Layer>();
  items.forEach((item, index) => {
    const { record, category, layer } = readAnnotation(item, where.offset + index, where.total, where.now);
    annotations.push(record);
    if (category && !categories.has(category.id)) categories.set(category.id, category);
    if (layer && !layers.has(layer.id)) layers.set(layer.id, layer);
  });
  return { annotations, categories: [...categories.values()], layers: [...layers.values()] };
}

/**
 * The worker's check of one chunk a page sent: `text` is a JSON list of
 * annotation items, checked with exactly the rules parseImport applies.
 */
export function checkImportChunk(text: string, where: { offset: number; total: number; now: string }): CheckedItems {
  const items = parseJson(text);
  if (!Array.isArray(items)) throw new ImportError('An import chunk must be a list of annotations.');
  if (where.offset + items.length > where.total) throw new ImportError('The import sent more annotations than it announced.');
  return checkImportItems(items, where);
}

/** Merges categories (or layers) of several chunks, first one of an id wins. */
export function mergeCategories<T extends { id: string }>(into: Map<string, T>, categories: readonly T[]): void {
  for (const c of categories) if (!into.has(c.id)) into.set(c.id, c);
}

/** Checks an import file whole and returns its records; throws ImportError naming the first problem. */
export function parseImport(text: string, options: ParseImportOptions = {}): ValidatedImport {
  const { items, label } = parseImportDocument(text, options);
  const now = (options.now ?? (() => new Date()))().toISOString();
  const { annotations, categories, layers } = checkImportItems(items, { offset: 0, total: items.length, now });
  return { annotations, categories, layers, label };
}

export interface ApplyImportOptions {
  /** Import as a new layer with this name (a teacher's file); without it, into the reader's own layer. */
  asLayer?: string;
  /** Where the file came from (its name), kept on the layer. */
  sourceName?: string;
  now?: () => Date;
}

/** Same highlight: same layer, same article (or page), same quote with its context, same note. */
export function duplicateKey(record: Pick<AnnotationRecord, 'layerId' | 'corpusId' | 'pageUrl' | 'selectors' | 'note'>): string {
  const q = record.selectors.quote;
  return JSON.stringify([record.layerId, record.corpusId ?? record.pageUrl, q.exact, q.prefix ?? '', q.suffix ?? '', record.note]);
}

/** Builds the layer an import creates (it is stored only if something new arrives). */
export function importLayer(asLayer: string, options: { sourceName?: string; now?: () => Date } = {}): Layer {
  const name = asLayer.trim().replace(/\s+/g, ' ');
  if (!name) throw new ImportError('The imported layer needs a name.');
  try {
    checkText('The layer name', name, LIMITS.labelChars * 2);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
  const layer: Layer = {
    id: `layer-${crypto.randomUUID()}`,
    name,
    kind: 'imported',
    importedAt: (options.now ?? (() => new Date()))().toISOString(),
  };
  if (options.sourceName) layer.sourceName = options.sourceName.slice(0, LIMITS.urlChars);
  return layer;
}

/** Writes a checked import in one transaction; returns what was added, updated and left as it was. */
export async function applyImport(
  store: AnnotationStore,
  validated: Pick<ValidatedImport, 'annotations' | 'categories'> & { layers?: Layer[] },
  options: ApplyImportOptions = {},
): Promise<ImportOutcome> {
  const layer =
    options.asLayer === undefined
      ? null
      : importLayer(options.asLayer, { ...(options.sourceName ? { sourceName: options.sourceName } : {}), ...(options.now ? { now: options.now } : {}) });
  // Into the own layer (a restore), highlights a backup names a layer for go back to it; as a layer, all go to that one.
  return store.writeImport({
    layer,
    categories: validated.categories,
    records: validated.annotations.map((a) => ({ ...a, layerId: layer?.id ?? a.layerId ?? OWN_LAYER_ID })),
    duplicateKey,
    ...(layer ? {} : { restoreLayers: validated.layers ?? [] }),
  });
}
