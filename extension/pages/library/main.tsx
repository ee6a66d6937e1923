// The library: every highlight and note, grouped by page or by corpus article,
// searchable and filterable, each one click from its place; notes and
// categories edited in place, deletions undoable; export, import and own
// categories beside the list.
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnnotationOrigin, AnnotationRecord, Category, Layer } from '../../../src/store/annotation.ts';
import { type LibraryFilter, LibraryIndex } from '../../../src/store/library-search.ts';
import { UNDO_WINDOW_MS } from '../../../src/store/undo-window.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { PageTopbar } from '../../ui/PageTopbar.tsx';
import '../../ui/theme.css';
import '../page.css';
import '../../ui/cards.css';
import '../../ui/extension-pages.css';
import './library.css';
import { type EntryActions, LibraryEntry } from './LibraryEntry.tsx';
import { placeOf } from './place-link.ts';
import { CategoryPanel, ExportPanel, ImportPanel } from './ToolPanels.tsx';
import { readAllRecords } from './transfer.ts';
import { AddArticles } from './AddArticles.tsx';
import { AddedArticlesList } from './AddedArticlesList.tsx';
import { NewClassSet } from './ClassSetPanel.tsx';
import { LayersPanel } from './LayersPanel.tsx';

interface Library {
  records: AnnotationRecord[];
  categories: Category[];
  layers: Layer[];
  titles: Map<string, string>;
  addresses: Map<string, string[]>;
}

type Grouping = 'page' | 'article';

/** Entries drawn at first (and added per "Show more"): a library of 50,000 stays quick to open. */
const ENTRIES_SHOWN = 300;

async function loadLibrary(): Promise<Library> {
  // Records come a page at a time: a large library would not fit in one message.
  const [meta, records, corpus] = await Promise.all([askWorker('library/meta', {}), readAllRecords(), askWorker('corpus/list', {})]);
  // A layer deleted a moment ago (awaiting its undo or purge) is left out with its highlights.
  const layerIds = new Set(meta.layers.map((l) => l.id));
  return {
    records: records.filter((r) => layerIds.has(r.layerId)),
    categories: meta.categories,
    layers: meta.layers,
    titles: new Map(Object.entries(meta.articleTitles)),
    addresses: new Map(corpus.map((a) => [a.id, a.addresses])),
  };
}

/** Asks once for persistent storage, so the browser does not clear highlights when space runs low. */
function useStoragePersistence(): string | null {
  const [state, setState] = useState<string | null>(null);
  useEffect(() => {
    if (!navigator.storage?.persist) return;
    navigator.storage.persist().then(
      (granted) =>
        setState(
          granted
            ? 'Highlights are kept on this computer in persistent storage.'
            : 'The browser may clear highlights if space runs low: export them now and then.',
        ),
      () => setState('The browser did not say whether it will keep highlights: export them now and then.'),
    );
  }, []);
  return state;
}

function Filters({ library, filter, setFilter }: { library: Library; filter: LibraryFilter; setFilter: (f: LibraryFilter) => void }) {
  const tags = useMemo(() => [...new Set(library.records.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b)), [library]);
  const set = (key: keyof LibraryFilter, value: string) => setFilter({ ...filter, [key]: value || undefined });
  return (
    <div class="sl-filters">
      <label class="sl-field">
        <span>Category</span>
        <select value={filter.categoryId ?? ''} data-filter="category" onChange={(e) => set('categoryId', (e.currentTarget as HTMLSelectElement).value)}>
          <option value="">All</option>
          {library.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label class="sl-field">
        <span>Layer</span>
        <select value={filter.layerId ?? ''} data-filter="layer" onChange={(e) => set('layerId', (e.currentTarget as HTMLSelectElement).value)}>
          <option value="">All</option>
          {library.layers.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label class="sl-field">
        <span>Kind</span>
        <select
          value={filter.origin ?? 'all'}
          data-filter="origin"
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            setFilter({ ...filter, origin: value === 'all' ? undefined : (value as AnnotationOrigin) });
          }}
        >
          <option value="reader">My highlights</option>
          <option value="statement">Statements found by Sourcelight</option>
          <option value="all">Both</option>
        </select>
      </label>
      {tags.length > 0 && (
        <label class="sl-field">
          <span>Tag</span>
          <select value={filter.tag ?? ''} data-filter="tag" onChange={(e) => set('tag', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">All</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

/** The list's heading says what it counts: "My highlights: 3", "Statements found by Sourcelight: 12", or "15 highlights" (both). */
function resultsTitle(count: number, origin: AnnotationOrigin | undefined): string {
  const n = count.toLocaleString('en-US');
  if (origin === 'reader') return `My highlights: ${n}`;
  if (origin === 'statement') return `Statements found by Sourcelight: ${n}`;
  return `${n} ${count === 1 ? 'highlight' : 'highlights'}`;
}

/** Whether an empty list means the reader has made no highlight yet (own kind, no other filter, no search). */
function ownNoneYet(filter: LibraryFilter, query: string): boolean {
  return filter.origin === 'reader' && !filter.categoryId && !filter.layerId && !filter.tag && !query.trim();
}

/** "12 highlights (layer “Ms Rivera's set”, my highlights, tag x, matching “NATO”)": what an export would hold. */
function describeChoice(count: number, filter: LibraryFilter, query: string, layers: ReadonlyMap<string, Layer>): string {
  const parts = [
    filter.layerId ? `layer “${layers.get(filter.layerId)?.name ?? filter.layerId}”` : 'all layers',
    filter.origin === 'reader' ? 'my highlights only' : filter.origin === 'statement' ? 'statements only' : '',
    filter.tag ? `tag “${filter.tag}”` : '',
    query.trim() ? `matching “${query.trim()}”` : '',
  ].filter(Boolean);
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'highlight' : 'highlights'} (${parts.join(', ')})`;
}

function LibraryPage() {
  const [library, setLibrary] = useState<Library | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [grouping, setGrouping] = useState<Grouping>('page');
  // The reader's own highlights by default: statements Sourcelight found are not the reader's work (one click away).
  const [filter, setFilter] = useState<LibraryFilter>({ origin: 'reader' });
  const [undo, setUndo] = useState<AnnotationRecord | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [shown, setShown] = useState(ENTRIES_SHOWN);
  const undoButton = useRef<HTMLButtonElement>(null);
  const persistence = useStoragePersistence();
  const [corpusVersion, setCorpusVersion] = useState(0);

  const reload = useCallback(async () => {
    try {
      setLibrary(await loadLibrary());
      setLoadError(null);
    } catch (error) {
      setLoadError((error as Error).message);
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  // Built once per load of the records (and after each change to them).
  const index = useMemo(
    () => (library ? LibraryIndex.build(library.records, { categories: library.categories, articleTitles: library.titles }) : null),
    [library],
  );
  const result = useMemo(() => index?.search(query, filter) ?? null, [index, query, filter]);
  // An export also takes the highlights hidden from the page (they are still the reader's).
  // Statements the Kind filter leaves out of the default view, counted so the reader knows they are there.
  const statementsLeftOut = useMemo(
    () => (filter.origin === 'reader' ? (index?.search(query, { ...filter, origin: 'statement' }).matches.length ?? 0) : 0),
    [index, query, filter],
  );
  const exportCount = useMemo(() => index?.search(query, { ...filter, includeHidden: true }).matches.length ?? 0, [index, query, filter]);
  const layersById = useMemo(() => new Map((library?.layers ?? []).map((l) => [l.id, l])), [library]);

  const replaceRecord = (record: AnnotationRecord) =>
    setLibrary((lib) => lib && { ...lib, records: [...lib.records.filter((r) => r.id !== record.id), record] });

  // A deleted highlight is wiped for good once its undo is no longer offered: dismissed, replaced by
  // another delete, timed out, or the page closed (the worker's timer catches anything missed).
  const undoRef = useRef<AnnotationRecord | null>(null);
  undoRef.current = undo;
  const endUndo = useCallback((record: AnnotationRecord | null) => {
    if (record) void askWorker('annotations/purge', { id: record.id }).catch(() => undefined);
  }, []);
  const dismissUndo = useCallback(() => {
    endUndo(undoRef.current);
    setUndo(null);
  }, [endUndo]);
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(dismissUndo, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [undo, dismissUndo]);
  useEffect(() => {
    const onHide = () => endUndo(undoRef.current);
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [endUndo]);

  const dropRecord = (id: string) => setLibrary((lib) => lib && { ...lib, records: lib.records.filter((r) => r.id !== id) });

  const actions: EntryActions = {
    async save(id, patch) {
      replaceRecord(await askWorker('annotations/update', { id, patch }));
      setNotice('Saved.');
    },
    async remove(record) {
      try {
        await askWorker('annotations/delete', { id: record.id });
        dropRecord(record.id);
        endUndo(undoRef.current);
        setUndo(record);
        setNotice(null);
        requestAnimationFrame(() => undoButton.current?.focus());
      } catch (error) {
        setNotice((error as Error).message);
      }
    },
    async removePermanently(record) {
      try {
        await askWorker('annotations/delete-permanently', { id: record.id });
        dropRecord(record.id);
        setNotice('Highlight deleted permanently.');
      } catch (error) {
        setNotice((error as Error).message);
      }
    },
  };

  const undoDelete = async () => {
    if (!undo) return;
    try {
      replaceRecord(await askWorker('annotations/restore', { id: undo.id }));
      setNotice('Highlight restored.');
      setUndo(null);
    } catch (error) {
      setNotice((error as Error).message);
    }
  };

  const allGroups = result ? (grouping === 'page' ? result.byPage : result.byArticle) : [];
  // Only the first `shown` entries are drawn; the rest follow on "Show more".
  const groups: typeof allGroups = [];
  let budget = shown;
  for (const group of allGroups) {
    if (budget <= 0) break;
    groups.push(group.records.length <= budget ? group : { ...group, records: group.records.slice(0, budget) });
    budget -= group.records.length;
  }
  const hiddenCount = result ? Math.max(0, result.matches.length - shown) : 0;
  const outsideCorpus = result && grouping === 'article' ? result.matches.filter((r) => r.corpusId === null).length : 0;

  return (
    <>
      <PageTopbar here="library" />
      <main id="sl-main" class="sl-page sl-library-page" aria-busy={!library && !loadError}>
        <h1>Library</h1>
        <p class="sl-muted sl-intro">Every highlight and note you made, and the statements Sourcelight found on the articles you read.</p>
        {loadError && (
          <div class="sl-notice sl-error" role="alert">
            <p class="sl-error-text">{loadError}</p>
          </div>
        )}
        <div class="sl-library">
          <section class="sl-library-main" aria-labelledby="sl-results-title">
            <search class="sl-searchbar">
              <label class="sl-field sl-field-search">
                <span>Search highlights and notes</span>
                <input type="search" value={query} placeholder="Words, a speaker, a tag, an address…" data-library="search" onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
              </label>
              {library && <Filters library={library} filter={filter} setFilter={setFilter} />}
              <fieldset class="sl-choice sl-grouping">
                <legend>Group by</legend>
                <label>
                  <input type="radio" name="sl-grouping" checked={grouping === 'page'} onChange={() => setGrouping('page')} /> page
                </label>
                <label>
                  <input type="radio" name="sl-grouping" checked={grouping === 'article'} onChange={() => setGrouping('article')} data-grouping="article" /> corpus article
                </label>
              </fieldset>
            </search>

            <h2 id="sl-results-title" class="sl-results-title">
              {result ? resultsTitle(result.matches.length, filter.origin) : 'Highlights'}
              {result && query.trim() && <span class="sl-muted"> matching “{query.trim()}”</span>}
            </h2>
            {statementsLeftOut > 0 && (
              <p class="sl-muted" data-library="statements-left-out">
                {statementsLeftOut.toLocaleString('en-US')} {statementsLeftOut === 1 ? 'statement' : 'statements'} found by Sourcelight
                {statementsLeftOut === 1 ? ' is' : ' are'} not counted here.{' '}
                <button type="button" class="sl-button" onClick={() => setFilter({ ...filter, origin: 'statement' })}>
                  Show statements
                </button>
              </p>
            )}
            <p class="sl-visually-hidden" role="status" aria-live="polite">
              {result ? `${result.matches.length} highlights shown` : ''}
            </p>
            {!library && !loadError && <p class="sl-loading">Loading your highlights…</p>}
            {library && index?.size === 0 && (
              <div class="sl-notice">
                <p>No highlights yet. Select text on a Sputnik, Reuters or Oye! Times article to add one, or import a file.</p>
              </div>
            )}
            {library && index && index.size > 0 && result?.matches.length === 0 && (
              <p class="sl-muted">
                {ownNoneYet(filter, query)
                  ? 'No highlights of your own yet. Select text on a Sputnik, Reuters or Oye! Times article to add one.'
                  : 'Nothing matches. Try fewer words or clear the filters.'}
              </p>
            )}
            {outsideCorpus > 0 && (
              <p class="sl-muted">
                {outsideCorpus} {outsideCorpus === 1 ? 'highlight is' : 'highlights are'} on pages outside the corpus: group by page to see{' '}
                {outsideCorpus === 1 ? 'it' : 'them'}.
              </p>
            )}
            {library &&
              groups.map((group) => {
                const first = group.records[0]!;
                const place = placeOf(first, library.addresses);
                return (
                  <section key={`${group.kind}:${group.key}`} class="sl-group" data-group={group.key} aria-label={group.title}>
                    <h3 class="sl-group-title">
                      <span class="sl-group-name">{group.title}</span>{' '}
                      <span class="sl-muted sl-group-count">
                        {group.records.length} {group.records.length === 1 ? 'highlight' : 'highlights'}
                      </span>
                    </h3>
                    {group.kind === 'page' && first.corpusId && library.titles.has(first.corpusId) && (
                      <p class="sl-muted sl-group-sub">{library.titles.get(first.corpusId)}</p>
                    )}
                    {group.kind === 'article' && !place.reader && <p class="sl-muted sl-group-sub">{library.addresses.get(group.key)?.[0]}</p>}
                    <ul class="sl-entries">
                      {group.records.map((r) => (
                        <LibraryEntry
                          key={r.id}
                          record={r}
                          categories={library.categories}
                          layers={layersById}
                          title={r.corpusId ? library.titles.get(r.corpusId) : undefined}
                          place={placeOf(r, library.addresses)}
                          actions={actions}
                        />
                      ))}
                    </ul>
                  </section>
                );
              })}
            {hiddenCount > 0 && (
              <p class="sl-more">
                <button type="button" class="sl-button" data-library="more" onClick={() => setShown((n) => n + ENTRIES_SHOWN)}>
                  Show more
                </button>{' '}
                <span class="sl-muted">{hiddenCount.toLocaleString('en-US')} more not shown yet</span>
              </p>
            )}
          </section>

          <aside class="sl-library-tools" aria-label="Export, import and categories">
            <ExportPanel choice={{ query, filter }} shown={describeChoice(exportCount, filter, query, layersById)} />
            <ImportPanel onImported={reload} />
            <LayersPanel layers={library?.layers ?? []} onChanged={reload} />
            <NewClassSet onCreated={reload} />
            <AddArticles
              onAdded={() => {
                setCorpusVersion((n) => n + 1);
                void reload();
              }}
            />
            <AddedArticlesList version={corpusVersion} />
            <CategoryPanel
              categories={library?.categories ?? []}
              onCreated={(c) => setLibrary((lib) => lib && { ...lib, categories: [...lib.categories, c] })}
            />
          </aside>
        </div>
        {persistence && (
          <footer class="sl-library-footer sl-muted" data-storage-note>
            {persistence}
          </footer>
        )}
      </main>
      <div class="sl-toast-region" role="status" aria-live="polite">
        {undo && (
          <div class="sl-toast">
            <span>Highlight deleted.</span>
            <button type="button" class="sl-button sl-primary" ref={undoButton} data-action="undo" onClick={() => void undoDelete()}>
              Undo
            </button>
            <button type="button" class="sl-button" data-action="dismiss-undo" onClick={dismissUndo} aria-label="Dismiss">
              ×
            </button>
          </div>
        )}
        {!undo && notice && (
          <div class="sl-toast">
            <span>{notice}</span>
            <button type="button" class="sl-button" onClick={() => setNotice(null)} aria-label="Dismiss">
              ×
            </button>
          </div>
        )}
      </div>
    </>
  );
}

render(<LibraryPage />, document.getElementById('app')!);
