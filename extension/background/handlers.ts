// What the worker does for each message. Plain functions over the corpus
// package, the recognition index and the store, so unit tests run them in
// Node with fake-indexeddb.
import type { CorpusPackage } from '../../src/corpus/corpus-package.ts';
import type { RecognitionIndex } from '../../src/recognition/recognition-index.ts';
import type { Recognition } from '../../src/recognition/types.ts';
import type { AnnotationRecord, Category, Layer } from '../../src/store/annotation.ts';
import type { AnnotationStore, ImportOutcome } from '../../src/store/annotation-store.ts';
import type { CorpusStore } from '../../src/store/corpus-store.ts';
import { exportCsv } from '../../src/store/export-csv.ts';
import { exportMarkdown } from '../../src/store/export-markdown.ts';
import { exportW3C } from '../../src/store/export-w3c.ts';
import { applyImport, parseImport } from '../../src/store/import.ts';
import { ImportSessions } from '../../src/store/import-session.ts';
import { normalizePageUrl } from '../../src/store/page-key.ts';
import type { OverlayPreference } from '../../src/store/schema.ts';
import { deriveVerdict, type Verdict } from '../../src/provenance/verdict.ts';
import { formatIsoDate } from '../ui/format-date.ts';
import { extensionPath, type OpenTarget } from '../ui/open-target.ts';
import {
  type AddedArticleSummary,
  type AddReport,
  type ArticleExtras,
  type ArticleSummary,
  type ArticleWithExtras,
  type ComparedArticles,
  CorpusService,
  summarize,
} from './corpus-service.ts';
import { LiveVersions, type LiveVersionRecord } from '../../src/changes/live-versions.ts';
import { liveRef, parseVersionRef } from '../../src/changes/versions.ts';
import type { SnapshotRecord } from '../../src/store/schema.ts';
import type { SnapshotOutcome, SnapshotStore } from '../../src/store/snapshot-store.ts';
import type { Handlers, MessageContext } from './router.ts';
import { assertEditable, classSetHandlers } from './class-sets.ts';

export type { AddedArticleSummary, AddReport, ArticleExtras, ArticleSummary, ArticleWithExtras, ComparedArticles };
export { summarize };

export interface RecognizedPage {
  recognition: Recognition;
  article: ArticleSummary;
  extras: ArticleExtras;
  /** Why the article's statements were not stored (the highlight store could not open); absent when they were. */
  statementsSkipped?: string;
  /** The other corpus articles the page holds, in page order after this one (the first); absent when it holds one. */
  others?: RecognizedPage[];
}

export interface PageAnnotations {
  annotations: AnnotationRecord[];
  categories: Category[];
  layers: Layer[];
}

/** A page's highlights for its panel, with how many of them each layer has here (hidden layers too, so they can be shown again). */
export interface PanelAnnotations extends PageAnnotations {
  layerCounts: Record<string, number>;
}

export interface LibraryMeta {
  categories: Category[];
  layers: Layer[];
  articleTitles: Record<string, string>;
}

export interface RecordsPage {
  records: AnnotationRecord[];
  /** Pass as `after` for the next page; null after the last. */
  next: string | null;
}

/** Characters of JSON a `library/records` reply aims at: far below the messaging limit. */
const RECORDS_REPLY_CHARS = 4 * 1024 * 1024;
const RECORDS_STEP = 250;

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
  count: number;
}

export interface WorkerDeps {
  /** The shipped corpus package, or its loader (run on first need). */
  corpus: CorpusPackage | (() => Promise<CorpusPackage>);
  index: () => Promise<RecognitionIndex>;
  store: () => Promise<AnnotationStore>;
  /** The reader's added articles; without it the corpus is the five shipped articles. */
  corpusStore?: () => Promise<CorpusStore>;
  /** Kept versions of articles (the Changes tab); without it, keeping a version is refused in words. */
  snapshotStore?: () => Promise<SnapshotStore>;
  /** Opens an extension page (a path inside the package) in a new tab. */
  openTab: (path: string) => Promise<void>;
  /** Marks the toolbar button of a tab that shows a corpus article. */
  markTab: (tabId: number, article: ArticleSummary | null, verdict?: Verdict) => void;
  /** Runs the content script's overlay file in a tab's frame (nothing of it is web-accessible). */
  injectOverlay?: (tabId: number, frameId: number) => Promise<void>;
  now?: () => Date;
}

const EXPORT_FORMATS = {
  jsonld: { extension: 'jsonld', mimeType: 'application/ld+json' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  markdown: { extension: 'md', mimeType: 'text/markdown' },
} as const;

export function createHandlers(deps: WorkerDeps) {
  const corpus = new CorpusService({
    builtin: deps.corpus,
    ...(deps.corpusStore ? { store: deps.corpusStore } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  });
  const known = async (id: string): Promise<string> => {
    if (!(await corpus.has(id))) throw new Error(`No corpus article has the id "${id}".`);
    return id;
  };
  /** A version's name ("archived", "snapshot:<id>", "live:<id>"), checked before it goes into an address. */
  const versionRef = (ref: string): string => {
    parseVersionRef(ref);
    return ref;
  };
  const liveVersions = new LiveVersions(() => deps.now?.() ?? new Date());
  const live = (records: AnnotationRecord[]) => records.filter((r) => !r.deletedAt);
  const imports = new ImportSessions(deps.now);
  const snapshots = (): Promise<SnapshotStore> => {
    if (!deps.snapshotStore) throw new Error('This worker cannot keep versions of articles.');
    return deps.snapshotStore();
  };

  return {
    ...classSetHandlers({ store: deps.store, articles: () => corpus.summaries(), now: () => deps.now?.() ?? new Date() }),
    async 'content/load-overlay'(_payload, context: MessageContext): Promise<null> {
      if (context.tabId === null || context.frameId === null) throw new Error('The overlay can only be loaded into a tab.');
      if (!deps.injectOverlay) throw new Error('This worker cannot load the overlay.');
      await deps.injectOverlay(context.tabId, context.frameId);
      return null;
    },

    async 'page/recognize'(payload, context: MessageContext): Promise<RecognizedPage | null> {
      // Shipped and added articles alike; the contract carries the added article's own id. Every corpus article on the
      // page, in page order: the first is the reply, the rest its `others`.
      const matches = await corpus.recognizeAll(await deps.index(), { paragraphs: payload.paragraphs }, payload.url);
      if (matches.length === 0) {
        if (context.tabId !== null) deps.markTab(context.tabId, null);
        return null;
      }
      const pages: RecognizedPage[] = [];
      for (const match of matches) {
        const { extras } = await corpus.article(match.article.id);
        const page: RecognizedPage = { recognition: match.recognition, article: summarize(match.article), extras };
        // First recognition of an article stores its statements as annotations the reader can correct.
        // A store that cannot open (e.g. a database from a newer version) must not hide the provenance: skip, say why.
        try {
          const store = await deps.store();
          await store.ensureStatements(
            match.article.id,
            normalizePageUrl(payload.url),
            extras.statements.map((s) => ({ selectors: s.selectors, kind: s.kind, speaker: s.speaker, anonymous: s.anonymous })),
          );
        } catch (error) {
          page.statementsSkipped = error instanceof Error ? error.message : String(error);
        }
        pages.push(page);
      }
      const [first, ...others] = pages as [RecognizedPage, ...RecognizedPage[]];
      if (others.length > 0) first.others = others;
      if (context.tabId !== null) deps.markTab(context.tabId, first.article, deriveVerdict(first.extras, { formatDate: formatIsoDate }));
      return first;
    },

    async 'annotations/for-page'(payload): Promise<PanelAnnotations> {
      const store = await deps.store();
      const [annotations, categories, layers] = await Promise.all([
        store.listForPage({ pageUrl: normalizePageUrl(payload.url), corpusId: payload.corpusId }),
        store.listCategories(),
        store.listLayers(),
      ]);
      // A hidden layer (or a deleted one awaiting its purge) is not drawn on the page.
      const shown = new Set(layers.filter((l) => !l.hidden).map((l) => l.id));
      const listed = new Set(layers.map((l) => l.id));
      const layerCounts: Record<string, number> = {};
      for (const r of live(annotations)) {
        if (r.origin === 'reader' && listed.has(r.layerId)) layerCounts[r.layerId] = (layerCounts[r.layerId] ?? 0) + 1;
      }
      return { annotations: live(annotations).filter((r) => shown.has(r.layerId)), categories, layers, layerCounts };
    },
    async 'annotations/create'(payload): Promise<AnnotationRecord> {
      const store = await deps.store();
      return store.add({
        ...(payload.saveId === undefined ? {} : { id: payload.saveId }),
        pageUrl: normalizePageUrl(payload.url),
        corpusId: payload.corpusId,
        selectors: payload.selectors,
        categoryId: payload.categoryId,
        note: payload.note,
        tags: payload.tags,
      });
    },
    async 'annotations/update'(payload): Promise<AnnotationRecord> {
      const { speaker, kind, ...rest } = payload.patch;
      const statement = speaker !== undefined || kind !== undefined ? { speaker, kind } : undefined;
      const patch = Object.fromEntries(Object.entries({ ...rest, statement }).filter(([, v]) => v !== undefined));
      await assertEditable(await deps.store(), payload.id);
      return (await (await deps.store()).update(payload.id, patch)).record;
    },
    async 'annotations/delete'(payload): Promise<AnnotationRecord> {
      await assertEditable(await deps.store(), payload.id);
      return (await deps.store()).softDelete(payload.id);
    },
    async 'annotations/restore'(payload): Promise<AnnotationRecord> {
      return (await deps.store()).restore(payload.id);
    },
    async 'annotations/purge'(payload): Promise<{ purged: boolean }> {
      return { purged: await (await deps.store()).purge(payload.id, { onlyIfDeleted: true }) };
    },
    async 'annotations/delete-permanently'(payload): Promise<{ purged: boolean }> {
      await assertEditable(await deps.store(), payload.id);
      return { purged: await (await deps.store()).purge(payload.id) };
    },
    async 'categories/list'(): Promise<Category[]> {
      return (await deps.store()).listCategories();
    },
    async 'categories/create'(payload): Promise<Category> {
      return (await deps.store()).addCategory(payload);
    },

    async 'site/get-prefs'(payload): Promise<OverlayPreference> {
      return (await (await deps.store()).getSitePrefs(payload.host))?.overlay ?? 'collapsed';
    },
    async 'site/set-prefs'(payload): Promise<OverlayPreference> {
      return (await (await deps.store()).setSitePrefs(payload.host, payload.overlay)).overlay;
    },
    async 'site/get-statements'(payload): Promise<boolean> {
      return (await (await deps.store()).getSitePrefs(payload.host))?.statements !== 'hidden';
    },
    async 'site/set-statements'(payload): Promise<boolean> {
      return (await (await deps.store()).setStatementsShown(payload.host, payload.shown)).statements !== 'hidden';
    },

    async 'pages/open'(payload): Promise<void> {
      const target: Exclude<OpenTarget, { kind: 'address' }> =
        payload.kind === 'reader'
          ? { kind: 'reader', id: await known(payload.id ?? '') }
          : payload.kind === 'compare'
            ? { kind: 'compare', a: await known(payload.a ?? ''), b: await known(payload.b ?? '') }
            : payload.kind === 'versions'
              ? { kind: 'versions', article: await known(payload.article ?? ''), a: versionRef(payload.a ?? ''), b: versionRef(payload.b ?? '') }
              : { kind: 'library', ...(payload.query ? { query: payload.query } : {}) };
      await deps.openTab(extensionPath(target));
    },

    'corpus/list'(): Promise<ArticleSummary[]> {
      return corpus.summaries();
    },
    'corpus/article'(payload): Promise<ArticleWithExtras> {
      return corpus.article(payload.id);
    },
    'corpus/compare'(payload): Promise<ComparedArticles> {
      return corpus.compare(payload.a, payload.b);
    },
    'corpus/add'(payload): Promise<AddReport> {
      return corpus.add(payload.articles, { from: payload.from, ...(payload.fileName ? { fileName: payload.fileName } : {}) });
    },
    'corpus/add-begin'(payload): { sessionId: string } {
      return { sessionId: corpus.beginAdd({ total: payload.total, from: payload.from, ...(payload.fileName ? { fileName: payload.fileName } : {}) }) };
    },
    async 'corpus/add-chunk'(payload): Promise<{ received: number }> {
      return { received: await corpus.addChunk(payload.sessionId, payload.offset, payload.items) };
    },
    'corpus/add-commit'(payload): Promise<AddReport> {
      return corpus.commitAdd(payload.sessionId);
    },
    'corpus/add-cancel'(payload): void {
      corpus.cancelAdd(payload.sessionId);
    },
    'corpus/added'(payload): Promise<AddedArticleSummary[]> {
      return corpus.listAdded(payload.query ?? '');
    },
    'corpus/remove'(payload): Promise<ArticleSummary> {
      return corpus.remove(payload.id);
    },
    'corpus/export-pack'(): ReturnType<CorpusService['exportPack']> {
      return corpus.exportPack((deps.now?.() ?? new Date()).toISOString().slice(0, 10));
    },

    async 'library/all'(): Promise<PageAnnotations & { articleTitles: Record<string, string> }> {
      const store = await deps.store();
      const [annotations, categories, layers] = await Promise.all([
        store.listAll(),
        store.listCategories(),
        store.listLayers(),
      ]);
      return { annotations: live(annotations), categories, layers, articleTitles: await corpus.titles() };
    },
    async 'library/export'(payload): Promise<ExportedFile> {
      const store = await deps.store();
      const [all, categories, layers] = await Promise.all([store.listAll(), store.listCategories(), store.listLayers()]);
      const records = live(all).filter((r) => !payload.layerId || r.layerId === payload.layerId);
      const format = EXPORT_FORMATS[payload.format];
      const text =
        payload.format === 'jsonld'
          ? exportW3C(records, { categories, layers })
          : payload.format === 'csv'
            ? exportCsv(records, { categories, layers })
            : exportMarkdown(records, { categories, articleTitles: new Map(Object.entries(await corpus.titles())) });
      const day = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
      return { fileName: `sourcelight-${day}.${format.extension}`, mimeType: format.mimeType, text, count: records.length };
    },
    async 'library/meta'(): Promise<LibraryMeta> {
      const store = await deps.store();
      const [categories, layers] = await Promise.all([store.listCategories(), store.listLayers()]);
      return { categories, layers, articleTitles: await corpus.titles() };
    },
    async 'library/records'(payload): Promise<RecordsPage> {
      const store = await deps.store();
      const records: AnnotationRecord[] = [];
      let size = 0;
      let after = payload.after;
      // Whole steps until the reply holds a few MB: each record is at most ~35,000 characters (field limits).
      while (size < RECORDS_REPLY_CHARS) {
        const page = await store.listPage({ ...(after !== undefined ? { after } : {}), limit: RECORDS_STEP });
        for (const r of page.records) {
          records.push(r);
          size += JSON.stringify(r).length;
        }
        if (page.next === null) return { records, next: null };
        after = page.next;
      }
      return { records, next: after ?? null };
    },
    async 'library/import-begin'(payload): Promise<{ sessionId: string }> {
      return {
        sessionId: imports.begin({
          total: payload.total,
          ...(payload.layerName !== undefined ? { layerName: payload.layerName } : {}),
          ...(payload.fileName ? { fileName: payload.fileName } : {}),
        }),
      };
    },
    'library/import-chunk'(payload): { received: number } {
      return { received: imports.addChunk(payload.sessionId, payload.offset, payload.text) };
    },
    async 'library/import-commit'(payload): Promise<ImportOutcome> {
      return imports.commit(payload.sessionId, await deps.store());
    },
    async 'snapshots/add'(payload): Promise<SnapshotOutcome> {
      return (await snapshots()).add({ corpusId: await known(payload.corpusId), url: payload.url, paragraphs: payload.paragraphs });
    },
    async 'snapshots/list'(payload): Promise<SnapshotRecord[]> {
      return (await snapshots()).list(payload.corpusId);
    },
    async 'snapshots/remove'(payload): Promise<null> {
      await (await snapshots()).remove(payload.id);
      return null;
    },
    async 'versions/hold-live'(payload): Promise<{ ref: string }> {
      return { ref: liveRef(liveVersions.hold({ corpusId: await known(payload.corpusId), url: payload.url, paragraphs: payload.paragraphs }).id) };
    },
    'versions/live'(payload): LiveVersionRecord[] {
      return liveVersions.list(payload.corpusId);
    },
    'library/import-cancel'(payload): void {
      imports.cancel(payload.sessionId);
    },
    async 'library/import'(payload): Promise<ImportOutcome> {
      // Parse and check everything first: a bad file is refused before the store is touched.
      const validated = parseImport(payload.text);
      return applyImport(await deps.store(), validated, {
        ...(payload.layerName ? { asLayer: payload.layerName } : {}),
        ...(payload.fileName ? { sourceName: payload.fileName } : {}),
      });
    },
  } satisfies Handlers;
}

export type WorkerHandlers = ReturnType<typeof createHandlers>;
export type WorkerReplies = { [T in keyof WorkerHandlers]: Awaited<ReturnType<WorkerHandlers[T]>> };
