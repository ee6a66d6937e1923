// Every message in Sourcelight, typed, with who may send it. Content scripts and
// extension pages talk to the background worker (which owns the database); the
// popup talks to a tab's content script. A message is validated on arrival: a
// malformed one, or one from a sender its entry does not allow, is refused with
// a clear error before anything is read or written.
import {
  array,
  boolean,
  integer,
  nullable,
  object,
  oneOf,
  optional,
  string,
  type Validator,
} from './validate.ts';

/** Who sent a message, as the worker establishes it from the browser's sender info. */
export type SenderKind = 'content' | 'page';

const url = string(4_096);
const corpusId = string(200);
const id = string(200);
const note = string(20_000);
const tags = array(string(100), 50);

const quoteSelector = object({
  type: oneOf('TextQuoteSelector'),
  exact: string(20_000),
  prefix: optional(string(1_000)),
  suffix: optional(string(1_000)),
});
const positionSelector = object({
  type: oneOf('TextPositionSelector'),
  start: integer(),
  end: integer(),
});
const selectors = object({ quote: quoteSelector, position: positionSelector });

const annotationPatch = object({
  note: optional(note),
  categoryId: optional(id),
  tags: optional(tags),
  /** Tags added to / taken off what is stored (not a whole list from a copy another tab may have changed since). */
  addTags: optional(tags),
  removeTags: optional(tags),
  /** The note the edit was made from: refused (nothing saved) if the stored note is no longer that one. */
  noteBase: optional(note),
  hidden: optional(boolean),
  speaker: optional(nullable(string(200))),
  kind: optional(oneOf('direct', 'partial', 'indirect')),
});

/** An article as extraction yields it (src/corpus/ingest/extracted-article.ts). */
const extractedArticle = object({
  url,
  text: string(4_000_000),
  title: optional(string(2_000)),
  outlet: optional(string(300)),
  author: optional(string(500)),
  published: optional(string(100)),
  modified: optional(string(100)),
  language: optional(string(35)),
  addresses: optional(array(url, 50)),
});

/** Worker-bound messages: name → who may send it and what its payload must be. */
export const WORKER_MESSAGES = {
  /** Content script: is this page a corpus article? The page's main-content paragraphs. */
  'page/recognize': {
    from: ['content'],
    // Up to 60,000 paragraphs: a long page (an endless feed, 200 comments) holds the article among many
    // (page-text.ts caps the characters read at 1.2 million).
    payload: object({ url, paragraphs: array(string(100_000), 60_000) }),
  },
  /** Content script (the gate, on a page that looks like an article): run the overlay script in this frame. */
  'content/load-overlay': { from: ['content'], payload: object({}) },
  /** Content script or page: annotations for an address (and the corpus article it is, if any). */
  'annotations/for-page': {
    from: ['content', 'page'],
    payload: object({ url, corpusId: nullable(corpusId) }),
  },
  /** `saveId` (made by the client once per save) becomes the record id: a repeated save returns the stored record. */
  'annotations/create': {
    from: ['content', 'page'],
    payload: object({ saveId: optional(id), url, corpusId: nullable(corpusId), selectors, categoryId: id, note, tags }),
  },
  'annotations/update': { from: ['content', 'page'], payload: object({ id, patch: annotationPatch }) },
  /** Soft delete: Undo (`annotations/restore`) brings it back until the undo window ends. */
  'annotations/delete': { from: ['content', 'page'], payload: object({ id }) },
  'annotations/restore': { from: ['content', 'page'], payload: object({ id }) },
  /** The undo was dismissed or replaced: a soft-deleted highlight is wiped for good (a live one is left alone). */
  'annotations/purge': { from: ['content', 'page'], payload: object({ id }) },
  /** "Delete permanently": wiped at once, no undo. */
  'annotations/delete-permanently': { from: ['content', 'page'], payload: object({ id }) },
  'categories/list': { from: ['content', 'page'], payload: object({}) },
  'categories/create': {
    from: ['page', 'content'],
    payload: object({ label: string(60), color: string(20) }),
  },
  /** Per-site overlay state: collapsed, expanded or dismissed. */
  'site/get-prefs': { from: ['content', 'page'], payload: object({ host: string(255) }) },
  'site/set-prefs': {
    from: ['content', 'page'],
    payload: object({ host: string(255), overlay: oneOf('collapsed', 'expanded', 'dismissed') }),
  },
  /** Whether the site's pages show the statements Sourcelight found (the page's "Show statements" toggle). */
  'site/get-statements': { from: ['content', 'page'], payload: object({ host: string(255) }) },
  'site/set-statements': { from: ['content', 'page'], payload: object({ host: string(255), shown: boolean }) },
  /** Open an extension page (reader, compare, library) in a new tab; 'versions': two versions of `article` (a, b: "archived", "snapshot:<id>", "live:<id>"). */
  'pages/open': {
    from: ['content', 'page'],
    payload: object({
      kind: oneOf('reader', 'compare', 'library', 'versions'),
      id: optional(corpusId),
      article: optional(corpusId),
      a: optional(corpusId),
      b: optional(corpusId),
      query: optional(string(500)),
    }),
  },
  /** Reader and compare pages. */
  'corpus/list': { from: ['page'], payload: object({}) },
  'corpus/article': { from: ['page', 'content'], payload: object({ id: corpusId }) },
  'corpus/compare': { from: ['page'], payload: object({ a: corpusId, b: corpusId }) },
  /** The reader's own corpus (popup "Add this page", library "Add articles"). Extension pages only. */
  'corpus/add': {
    from: ['page'],
    // One page or one file: added all or nothing. Texts over 2 MB get the worker's own error (naming file and line).
    payload: object({
      articles: array(extractedArticle, 10_000),
      from: oneOf('page', 'saved-page', 'pack'),
      fileName: optional(string(300)),
    }),
  },
  'corpus/added': { from: ['page'], payload: object({ query: optional(string(500)) }) },
  /** Library: a corpus pack of any size, in chunks (begin → chunks → commit); the file is written whole at commit or not at all. */
  'corpus/add-begin': {
    from: ['page'],
    payload: object({ total: integer(1, 1_000_000), from: oneOf('saved-page', 'pack'), fileName: optional(string(300)) }),
  },
  'corpus/add-chunk': {
    from: ['page'],
    // At most a few MB of text per chunk (src/corpus/ingest/pack-chunks.ts); each article keeps its line in the file.
    payload: object({
      sessionId: string(100),
      offset: integer(0, 1_000_000),
      items: array(object({ line: integer(1, 100_000_000), article: extractedArticle }), 1_000),
    }),
  },
  'corpus/add-commit': { from: ['page'], payload: object({ sessionId: string(100) }) },
  'corpus/add-cancel': { from: ['page'], payload: object({ sessionId: string(100) }) },
  'corpus/remove': { from: ['page'], payload: object({ id: corpusId }) },
  'corpus/export-pack': { from: ['page'], payload: object({}) },
  /** Library page. Only extension pages may read everything or import. */
  'library/all': { from: ['page'], payload: object({}) },
  'library/export': {
    from: ['page'],
    payload: object({ format: oneOf('jsonld', 'csv', 'markdown'), layerId: optional(id) }),
  },
  'library/import': {
    from: ['page'],
    // Without a layer name the file goes into the reader's own highlights; with one (a teacher's set) into its own layer.
    payload: object({ text: string(20_000_000), layerName: optional(string(120)), fileName: optional(string(300)) }),
  },
  /** Library: categories, layers and article titles, without the highlights (read those with `library/records`). */
  'library/meta': { from: ['page'], payload: object({}) },
  /** Library: live highlights a page at a time (a few MB per reply), in key order after the id `after`. */
  'library/records': { from: ['page'], payload: object({ after: optional(string(1_000)) }) },
  /** A file of any size: the page checks it, then begin → chunks (JSON lists of its annotations) → commit. */
  'library/import-begin': {
    from: ['page'],
    payload: object({ total: integer(1, 1_000_000), layerName: optional(string(120)), fileName: optional(string(300)) }),
  },
  'library/import-chunk': {
    from: ['page'],
    payload: object({ sessionId: string(100), offset: integer(0, 1_000_000), text: string(8_000_000) }),
  },
  /** Changes tab (issue #17): keep the article's text as the page shows it now, list and remove kept versions. */
  'snapshots/add': {
    from: ['content'],
    payload: object({ corpusId, url, paragraphs: array(string(100_000), 5_000) }),
  },
  'snapshots/list': { from: ['content', 'page'], payload: object({ corpusId }) },
  'snapshots/remove': { from: ['content', 'page'], payload: object({ id }) },
  /** The live page's text for the compare view, held in the worker's memory only (never stored); listed per article. */
  'versions/hold-live': {
    from: ['content'],
    payload: object({ corpusId, url, paragraphs: array(string(100_000), 5_000) }),
  },
  'versions/live': { from: ['content', 'page'], payload: object({ corpusId }) },
  'library/import-commit': { from: ['page'], payload: object({ sessionId: string(100) }) },
  'library/import-cancel': { from: ['page'], payload: object({ sessionId: string(100) }) },
  /** Library and the panel's Layers: shown or hidden on the page, renamed, deleted (soft: restore is Undo; purge when the undo ends). */
  'layers/set-hidden': { from: ['page', 'content'], payload: object({ id, hidden: boolean }) },
  'layers/rename': { from: ['page', 'content'], payload: object({ id, name: string(500) }) },
  'layers/delete': { from: ['page', 'content'], payload: object({ id }) },
  'layers/restore': { from: ['page', 'content'], payload: object({ id }) },
  'layers/purge': { from: ['page', 'content'], payload: object({ id }) },
  /** Classes: a teacher's new set; a student's import of it; the teacher's import of one hand-in (whole files, checked in the worker). */
  'class-sets/create': {
    from: ['page'],
    payload: object({
      title: string(1_000),
      teacher: string(500),
      corpusIds: array(corpusId, 50),
      roster: array(string(500), 1_000),
      promptsFromNotes: boolean,
    }),
  },
  'class-sets/import': { from: ['page'], payload: object({ text: string(20_000_000), fileName: optional(string(300)) }) },
  'class-sets/import-hand-in': {
    from: ['page'],
    payload: object({ text: string(20_000_000), fileName: optional(string(300)), keepBoth: optional(boolean) }),
  },
} as const satisfies Record<string, { from: readonly SenderKind[]; payload: Validator<unknown> }>;

export type WorkerMessageType = keyof typeof WORKER_MESSAGES;
export type WorkerPayload<T extends WorkerMessageType> = ReturnType<(typeof WORKER_MESSAGES)[T]['payload']>;

export interface WorkerRequest<T extends WorkerMessageType = WorkerMessageType> {
  type: T;
  payload: WorkerPayload<T>;
}

/** Every answer has this shape, so a refusal is never mistaken for data. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Tab-bound messages, sent by the popup (or the worker, for a keyboard command) to the content script of the active tab. */
export type TabMessage =
  /** `verdictKind`: open at that verdict clause's sourced detail (the popup's verdict line). */
  | { type: 'overlay/open'; verdictKind?: string }
  | { type: 'overlay/status' }
  | { type: 'selection/highlight' };
