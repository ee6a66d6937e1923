// The reader's own highlights on this page: edit note (saved as typed), category and
// tags, delete with undo, filter by tag; the page's layers shown or hidden; and every
// highlight that could not be found again listed as an orphan with its quote and
// context — never dropped without a word.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type Category, type Layer, OWN_LAYER_ID } from '../../../src/store/annotation.ts';
import { draftKeyOf } from '../../shared/text-field-protocol.ts';
import type { AnchoredAnnotation, PageAnnotator } from '../highlights/page-annotator.ts';
import { onHighlightEditRequest, takeHighlightEditRequest } from './highlight-requests.ts';
import { shorten } from './labels.ts';
import { PageLayers } from './PageLayers.tsx';
import { scrollToRange } from './StatementsTab.tsx';
import { TagChips, TagEditor } from './TagEditor.tsx';
import { TextField, type TextFieldHandle } from './TextField.tsx';
import type { ToastMessage } from './Toast.tsx';
import { useAnnotator } from './use-annotator.ts';

export interface HighlightsTabProps {
  annotator: PageAnnotator;
  toast: (message: ToastMessage) => void;
  openLibrary: () => void;
}

function CategorySelect({ categories, value, onChange }: { categories: Category[]; value: string; onChange: (id: string) => void }) {
  return (
    <select aria-label="Category" value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      {categories
        .filter((c) => c.id !== 'statement')
        .map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
    </select>
  );
}

/** Quiet time after the last key before a note is saved. */
const AUTOSAVE_MS = 600;

type NoteState = { state: 'saved' } | { state: 'editing' } | { state: 'saving' } | { state: 'failed'; message: string };

/**
 * A note saved as it is typed (after a short pause), with its state shown.
 * Leaving (another tab, the panel closed) saves what is pending at once; the
 * frame also keeps it as a draft until the worker has it.
 */
function useAutosavedNote(annotator: PageAnnotator, id: string, stored: string) {
  const [state, setState] = useState<NoteState>({ state: 'saved' });
  const field = useRef<TextFieldHandle | null>(null);
  const typed = useRef(stored);
  const saved = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = async (): Promise<void> => {
    clearTimeout(timer.current);
    const value = typed.current;
    if (value === saved.current) return;
    setState({ state: 'saving' });
    try {
      await annotator.update(id, { note: value });
      saved.current = value;
      field.current?.saved(value);
      setState(typed.current === value ? { state: 'saved' } : { state: 'editing' });
    } catch (error) {
      setState({ state: 'failed', message: (error as Error).message });
    }
  };
  const typedNow = (value: string) => {
    typed.current = value;
    if (value === saved.current) return;
    setState({ state: 'editing' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  };
  // Unmounting (tab switch, panel closed): save what is pending now.
  useEffect(
    () => () => {
      if (typed.current !== saved.current) void flush();
    },
    [],
  );
  return { state, field, typedNow, flush };
}

function NoteStateLine({ note, retry }: { note: NoteState; retry: () => void }) {
  return (
    <span class="sl-save-state" role="status" aria-live="polite" data-note-state={note.state}>
      {note.state === 'saved' && 'Saved'}
      {note.state === 'editing' && 'Editing…'}
      {note.state === 'saving' && 'Saving…'}
      {note.state === 'failed' && (
        <span class="sl-error">
          Note not saved: {note.message}{' '}
          <button type="button" class="sl-button" onClick={retry}>
            Retry
          </button>
        </span>
      )}
    </span>
  );
}

/** A highlight the reader clicked in the page: `seq` tells a second click on the same one from the first. */
interface EditRequest {
  id: string;
  seq: number;
}

function HighlightItem({
  item,
  categories,
  props,
  edit,
  layer,
}: {
  item: AnchoredAnnotation;
  categories: Category[];
  props: HighlightsTabProps;
  edit: EditRequest | null;
  /** The imported layer the highlight belongs to (none for the reader's own). */
  layer: Layer | undefined;
}) {
  const note = useAutosavedNote(props.annotator, item.record.id, item.record.note);
  const element = useRef<HTMLLIElement>(null);
  const editing = edit?.id === item.record.id;
  // Clicked in the page: bring it into view with its note field focused (a frame not yet connected focuses itself on connecting).
  // A layout effect: the focus moves in the render's own task, never a frame later out of a field clicked meanwhile.
  useLayoutEffect(() => {
    if (!editing) return;
    element.current?.scrollIntoView({ block: 'nearest' });
    note.field.current?.focus();
  }, [edit?.seq]);
  const category = categories.find((c) => c.id === item.record.categoryId);
  const remove = async () => {
    await props.annotator.remove(item.record.id);
    props.toast({
      text: 'Highlight deleted.',
      action: { label: 'Undo', run: () => void props.annotator.restore(item.record.id) },
      onExpire: () => void props.annotator.purge(item.record.id).catch(() => undefined),
    });
  };
  return (
    <li ref={element} data-annotation-id={item.record.id} data-editing={editing ? '' : undefined}>
      <div>
        <span class="sl-swatch" style={{ background: category?.color ?? '#999' }} aria-hidden="true" />
        <strong>{category?.label ?? item.record.categoryId}</strong>
        {layer && <span class="sl-muted"> · layer “{layer.name}”</span>}
      </div>
      <p class="sl-quote">“{shorten(item.record.selectors.quote.exact, 220)}”</p>
      {item.result.status === 'orphan' && (
        <p class="sl-caveat">
          Could not be found on this page ({item.result.reason}). Context: …{item.result.prefix ?? ''}
          <strong>{shorten(item.result.quote, 80)}</strong>
          {item.result.suffix ?? ''}…
        </p>
      )}
      <TextField
        label="Note"
        placeholder="Note"
        multiline
        rows={2}
        autoFocus={editing}
        value={item.record.note}
        draftKey={draftKeyOf('note', item.record.id)}
        handle={(h) => {
          note.field.current = h;
        }}
        onValue={note.typedNow}
        onSubmit={() => void note.flush()}
      />
      <NoteStateLine note={note.state} retry={() => void note.flush()} />
      <div>
        <CategorySelect
          categories={categories}
          value={item.record.categoryId}
          onChange={(categoryId) => void props.annotator.update(item.record.id, { categoryId })}
        />{' '}
        {item.range && (
          <button type="button" class="sl-button" onClick={() => scrollToRange(item.range!)}>
            Show on page
          </button>
        )}{' '}
        <button type="button" class="sl-button" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      <TagEditor annotator={props.annotator} record={item.record} />
    </li>
  );
}

/** A passage of the teacher's set: read-only here (the worker refuses edits too); shown or hidden under Layers. */
function TeacherSetItem({ item, set }: { item: AnchoredAnnotation; set: Category }) {
  return (
    <li data-annotation-id={item.record.id} data-teacher-set="">
      <div>
        <span class="sl-swatch" style={{ background: set.color }} aria-hidden="true" />
        <strong>Teacher’s set: {set.label}</strong>
      </div>
      <p class="sl-quote">“{shorten(item.record.selectors.quote.exact, 220)}”</p>
      {item.record.note && <p class="sl-teacher-prompt">{item.record.note}</p>}
      <TagChips tags={item.record.tags} />
      {item.result.status === 'orphan' ? (
        <p class="sl-caveat">Could not be found on this page ({item.result.reason}).</p>
      ) : (
        item.range && (
          <button type="button" class="sl-button" onClick={() => scrollToRange(item.range!)}>
            Show on page
          </button>
        )
      )}
    </li>
  );
}

/** Whether a highlight carries the tag (compared without case, as the library's filter does). */
function hasTag(item: AnchoredAnnotation, tag: string): boolean {
  return item.record.tags.some((t) => t.toLowerCase() === tag.toLowerCase());
}

function TagFilter({ tags, value, onChange }: { tags: string[]; value: string; onChange: (tag: string) => void }) {
  return (
    <label class="sl-tag-filter">
      Show{' '}
      <select value={value} data-filter="tag" onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">all highlights</option>
        {tags.map((t) => (
          <option key={t} value={t}>
            tagged “{t}”
          </option>
        ))}
      </select>
    </label>
  );
}

export function HighlightsTab(props: HighlightsTabProps) {
  const state = useAnnotator(props.annotator);
  // The library (another tab) may have changed tags or layers: read them again on opening and on coming back.
  useEffect(() => {
    void props.annotator.refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void props.annotator.refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [props.annotator]);
  const [tagFilter, setTagFilter] = useState('');
  const everyReader = state.annotations.filter((a) => a.record.origin === 'reader');
  const tags = [...new Map(everyReader.flatMap((a) => a.record.tags).map((t) => [t.toLowerCase(), t])).values()].sort((a, b) => a.localeCompare(b));
  // A filter whose tag is gone (removed from its last highlight) shows everything again.
  const filter = tags.some((t) => t.toLowerCase() === tagFilter.toLowerCase()) ? tagFilter : '';
  const readers = filter ? everyReader.filter((a) => hasTag(a, filter)) : everyReader;
  const importedLayer = (item: AnchoredAnnotation) => (item.record.layerId === OWN_LAYER_ID ? undefined : state.layers.find((l) => l.id === item.record.layerId));
  const fromTeacher = readers.filter((a) => state.teacherSets.has(a.record.layerId));
  const mine = readers.filter((a) => !state.teacherSets.has(a.record.layerId));
  const anchored = mine.filter((a) => a.result.status === 'anchored');
  const orphans = mine.filter((a) => a.result.status === 'orphan');
  const [edit, setEdit] = useState<EditRequest | null>(() => {
    const id = takeHighlightEditRequest();
    return id ? { id, seq: 1 } : null;
  });
  useEffect(
    () =>
      onHighlightEditRequest((id) => {
        takeHighlightEditRequest();
        // The highlight clicked in the page is listed even when the tag filter would leave it out.
        setTagFilter('');
        setEdit((prev) => ({ id, seq: (prev?.seq ?? 0) + 1 }));
      }),
    [],
  );
  return (
    <>
      {state.error && (
        <p class="sl-error" role="alert">
          {state.error}
        </p>
      )}
      <p class="sl-muted">
        Select text in the article to highlight it (or press Alt+Shift+H, which you can change in the browser's extension shortcuts). Notes save as you type. Highlights follow this article to its other
        addresses.{' '}
        <button type="button" class="sl-button" onClick={props.openLibrary}>
          Open the library
        </button>
      </p>
      <PageLayers annotator={props.annotator} layers={state.layers} counts={state.layerCounts} toast={props.toast} />
      {tags.length > 0 && <TagFilter tags={tags} value={filter} onChange={setTagFilter} />}
      {anchored.length === 0 && orphans.length === 0 && (
        <p>{filter ? `No highlights of yours tagged “${filter}” on this article.` : 'No highlights of yours on this article yet.'}</p>
      )}
      <ul class="sl-list">
        {anchored.map((item) => (
          <HighlightItem key={item.record.id} item={item} categories={state.categories} props={props} edit={edit} layer={importedLayer(item)} />
        ))}
      </ul>
      {fromTeacher.length > 0 && (
        <>
          <h3>From your teacher’s set ({fromTeacher.length})</h3>
          <p class="sl-muted">Read-only. Show or hide the set under Layers on this page.</p>
          <ul class="sl-list">
            {fromTeacher.map((item) => (
              <TeacherSetItem key={item.record.id} item={item} set={state.teacherSets.get(item.record.layerId)!} />
            ))}
          </ul>
        </>
      )}
      {orphans.length > 0 && (
        <>
          <h3>Not found on this page ({orphans.length})</h3>
          <ul class="sl-list">
            {orphans.map((item) => (
              <HighlightItem key={item.record.id} item={item} categories={state.categories} props={props} edit={edit} layer={importedLayer(item)} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export { CategorySelect };
