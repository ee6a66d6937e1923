// The reader's highlights on an extension page's copy of an article: a
// toolbar that appears when text of the copy is selected (category, optional
// note, Highlight) and the list of the highlights kept for the article. A save
// is never silent: "Saving…" until the worker confirms; a failure keeps the
// selection and note, with a Retry that sends the same save (same id) again.
// The toolbar comes right after the text in the document, so Tab reaches it
// from the selection.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TextTargetSelectors } from '../../../src/anchoring/selectors.ts';
import type { CorpusArticle } from '../../../src/corpus/types.ts';
import { STATEMENT_CATEGORY_ID } from '../../../src/store/categories.ts';
import { ExtensionUpdatedError } from '../../shared/worker-client.ts';
import { ArticleHighlights, type HighlightsState } from './article-highlights.ts';
import './highlights.css';

interface Pending {
  selectors: TextTargetSelectors;
  top: number;
  left: number;
  /** One id per passage selected: a retry of this save is recognised by the worker. */
  saveId: string;
}

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string; retry: boolean };

const TOOLBAR_WIDTH = 340;

const samePassage = (a: TextTargetSelectors, b: TextTargetSelectors) =>
  a.position.start === b.position.start && a.position.end === b.position.end && a.quote.exact === b.quote.exact;

export function ArticleHighlightsView({
  article,
  textRoot,
  idPrefix,
  level = 2,
}: {
  article: Pick<CorpusArticle, 'id' | 'addresses' | 'headline'>;
  /** The element holding the article's paragraphs. */
  textRoot: () => Element | null;
  /** Makes ids unique when two copies share a page ("a", "b"). */
  idPrefix: string;
  level?: 2 | 3;
}) {
  const highlights = useMemo(() => new ArticleHighlights(article, textRoot), [article.id]);
  const [state, setState] = useState<HighlightsState>({ highlights: [], categories: [], error: null, loaded: false });
  const [pending, setPending] = useState<Pending | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ state: 'idle' });
  const [categoryId, setCategoryId] = useState('');
  const [note, setNote] = useState('');
  const form = useRef<HTMLFormElement | null>(null);
  const latest = useRef({ pending, saveState, note });
  latest.current = { pending, saveState, note };

  useEffect(() => {
    const off = highlights.subscribe(setState);
    void highlights.load();
    return () => {
      off();
      highlights.dispose();
    };
  }, [highlights]);

  // A selection in this copy's text opens the toolbar (a note already typed stays, for the new passage). A collapsed
  // one, or one in the toolbar, leaves it be; text selected anywhere else (the other column of the compare view)
  // closes it when nothing typed would be lost. A save under way or waiting for Retry keeps its passage and note.
  useEffect(() => {
    const look = () => {
      const { saveState: now, note: typed } = latest.current;
      if (now.state === 'saving' || now.state === 'failed') return;
      const selection = document.getSelection();
      const described = highlights.describeSelection(selection);
      if (!described) {
        const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
        if (range && !form.current?.contains(range.commonAncestorContainer) && selection!.toString().trim() && !typed) setPending(null);
        return;
      }
      const previous = latest.current.pending;
      if (previous && samePassage(previous.selectors, described.selectors)) return;
      const top = Math.min(described.rect.bottom + 8, window.innerHeight - 230);
      const left = Math.max(8, Math.min(described.rect.left, window.innerWidth - TOOLBAR_WIDTH - 8));
      setPending({ selectors: described.selectors, top, left, saveId: crypto.randomUUID() });
      setSaveState({ state: 'idle' });
    };
    document.addEventListener('selectionchange', look);
    return () => document.removeEventListener('selectionchange', look);
  }, [highlights]);

  const categories = state.categories.filter((c) => c.id !== STATEMENT_CATEGORY_ID);
  const category = categoryId || categories[0]?.id || 'claim';
  const close = () => {
    setPending(null);
    setSaveState({ state: 'idle' });
    setNote('');
  };

  const save = async () => {
    const target = latest.current.pending;
    if (!target || latest.current.saveState.state === 'saving') return;
    setSaveState({ state: 'saving' });
    try {
      await highlights.create(target.selectors, category, note, target.saveId);
      setPending(null);
      setNote('');
      document.getSelection()?.removeAllRanges();
      setSaveState({ state: 'saved' });
    } catch (error) {
      const updated = error instanceof ExtensionUpdatedError;
      const message = updated ? (error as Error).message : `Not saved: ${(error as Error).message} Your selection and note are kept.`;
      setSaveState({ state: 'failed', message, retry: !updated });
    }
  };

  const Heading = level === 2 ? 'h2' : 'h3';
  const listTitle = `sl-hl-title-${idPrefix}`;
  const shown = state.highlights;
  const labelOf = (id: string) => state.categories.find((c) => c.id === id);

  return (
    <>
      {pending && (
        <form
          ref={form}
          class="sl-hl-toolbar"
          aria-label={`Highlight the selected text of ${article.headline}`}
          data-highlight-toolbar={idPrefix}
          style={{ top: `${pending.top}px`, left: `${pending.left}px`, width: `${TOOLBAR_WIDTH}px` }}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <p class="sl-hl-quote">
            “{pending.selectors.quote.exact.length > 80 ? `${pending.selectors.quote.exact.slice(0, 80)}…` : pending.selectors.quote.exact}”
          </p>
          <label>
            <span>Category</span>
            <select value={category} onChange={(e) => setCategoryId((e.currentTarget as HTMLSelectElement).value)} data-highlight-category>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Note (optional)</span>
            <textarea rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} data-highlight-note />
          </label>
          <div class="sl-hl-actions">
            <button type="submit" class="sl-button sl-primary" disabled={saveState.state === 'saving'} data-highlight-save>
              {saveState.state === 'saving' ? 'Saving…' : saveState.state === 'failed' && saveState.retry ? 'Retry' : 'Highlight'}
            </button>
            <button type="button" class="sl-button" onClick={close}>
              Cancel
            </button>
          </div>
          {saveState.state === 'failed' && (
            <p class="sl-error-text" role="alert">
              {saveState.message}
            </p>
          )}
        </form>
      )}
      <section class="sl-hl-list" aria-labelledby={listTitle} data-highlights={idPrefix}>
        <Heading id={listTitle}>
          Your highlights{state.loaded ? ` (${shown.length})` : ''}
          <span class="sl-visually-hidden"> of {article.headline}</span>
        </Heading>
        <p class="sl-muted sl-hl-help" role="status">
          {saveState.state === 'saved'
            ? 'Highlight saved. It shows on the outlet’s page too.'
            : highlights.url
              ? 'Select text of the article to highlight it; it is kept with the article and shows on the outlet’s page too.'
              : 'This copy has no web address, so highlights cannot be kept for it.'}
        </p>
        {state.error && (
          <p class="sl-error-text" role="alert">
            {state.error}
          </p>
        )}
        {shown.length > 0 && (
          <ul>
            {shown.map(({ record, range, orphanReason }) => {
              const c = labelOf(record.categoryId);
              return (
                <li key={record.id} data-highlight-id={record.id}>
                  <span class="sl-tag" style={{ color: 'inherit', borderColor: c?.color }}>
                    {c?.label ?? record.categoryId}
                  </span>{' '}
                  {range ? (
                    <button type="button" class="sl-link-button" onClick={() => range.startContainer.parentElement?.scrollIntoView({ block: 'center' })}>
                      “{record.selectors.quote.exact}”<span class="sl-visually-hidden"> (show in the text)</span>
                    </button>
                  ) : (
                    <span>
                      “{record.selectors.quote.exact}” <span class="sl-muted">— not found in this copy ({orphanReason})</span>
                    </span>
                  )}
                  {record.note && <p class="sl-hl-note">{record.note}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
