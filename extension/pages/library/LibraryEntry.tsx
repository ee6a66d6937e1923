// One highlight in the library: its quote, category, note and where it came
// from, one click from its place; its note and category edited in place.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationRecord, Category, Layer } from '../../../src/store/annotation.ts';
import { tagsFromText } from '../../../src/store/tag-text.ts';
import type { Place } from './place-link.ts';

const KIND_LABELS = { direct: 'direct quote', partial: 'partial quote', indirect: 'reported speech' } as const;
const QUOTE_CHARS = 360;

/** What an edit changed: only those fields are sent, so a change made in another tab since the list loaded stays. */
export interface EntryEdit {
  note?: string;
  /** The note the form opened with: the worker refuses the edit if the stored one changed since. */
  noteBase?: string;
  categoryId?: string;
  addTags?: string[];
  removeTags?: string[];
}

/** The fields of the form that differ from the record it was opened on; tags as added and taken off. */
export function editOf(record: AnnotationRecord, form: { note: string; categoryId: string; tags: string[] }): EntryEdit {
  const edit: EntryEdit = {};
  if (form.note !== record.note) {
    edit.note = form.note;
    edit.noteBase = record.note;
  }
  if (form.categoryId !== record.categoryId) edit.categoryId = form.categoryId;
  // Compared as written, so a tag whose case changed is taken off and added back as now written.
  const added = form.tags.filter((t) => !record.tags.includes(t));
  const removed = record.tags.filter((t) => !form.tags.includes(t));
  if (added.length > 0) edit.addTags = added;
  if (removed.length > 0) edit.removeTags = removed;
  return edit;
}

export interface EntryActions {
  save: (id: string, edit: EntryEdit) => Promise<void>;
  remove: (record: AnnotationRecord) => Promise<void>;
  /** Wiped at once, no undo. */
  removePermanently: (record: AnnotationRecord) => Promise<void>;
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > QUOTE_CHARS ? `${clean.slice(0, QUOTE_CHARS).replace(/\s+\S*$/, '')}…` : clean;
}

export function CategorySwatch({ category }: { category: Category | undefined }) {
  return <span class="sl-swatch" style={{ background: category?.color ?? 'transparent' }} aria-hidden="true" />;
}

export { tagsFromText };

function EditForm({ record, categories, onSave, onCancel }: { record: AnnotationRecord; categories: Category[]; onSave: (note: string, categoryId: string, tags: string[]) => Promise<void>; onCancel: () => void }) {
  const [note, setNote] = useState(record.note);
  const [tags, setTags] = useState(record.tags.join(', '));
  const [categoryId, setCategoryId] = useState(record.categoryId);
  const [error, setError] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // In the same task as the render, not after the next frame: a later focus would pull the caret out of a field
  // the reader (or a test) has already clicked into and is typing in.
  useLayoutEffect(() => noteRef.current?.focus(), []);
  const id = `sl-edit-${record.id}`;
  return (
    <form
      class="sl-edit"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await onSave(note, categoryId, tagsFromText(tags));
        } catch (err) {
          setError((err as Error).message);
        }
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label for={`${id}-note`}>Note</label>
      <textarea id={`${id}-note`} ref={noteRef} rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      <label for={`${id}-category`}>Category</label>
      <select id={`${id}-category`} value={categoryId} onChange={(e) => setCategoryId((e.currentTarget as HTMLSelectElement).value)}>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <label for={`${id}-tags`}>Tags (separated by commas)</label>
      <input id={`${id}-tags`} type="text" value={tags} data-edit="tags" onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      {error && (
        <p class="sl-form-error" role="alert">
          {error}
        </p>
      )}
      <div class="sl-edit-actions">
        <button type="submit" class="sl-button sl-primary">
          Save
        </button>
        <button type="button" class="sl-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function LibraryEntry({
  record,
  categories,
  layers,
  title,
  place,
  actions,
}: {
  record: AnnotationRecord;
  categories: Category[];
  layers: ReadonlyMap<string, Layer>;
  /** Headline of the corpus article, when the record is on one. */
  title: string | undefined;
  place: Place;
  actions: EntryActions;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const category = categories.find((c) => c.id === record.categoryId);
  const layer = layers.get(record.layerId);
  // The teacher's set, as a student imported it, is read-only.
  const readOnly = layer?.classSet?.role === 'student';
  const quote = shorten(record.selectors.quote.exact);
  const closeEditor = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <li class="sl-entry" data-annotation-id={record.id} data-origin={record.origin} data-layer={layer?.name ?? record.layerId}>
      <blockquote class="sl-entry-quote" style={{ borderLeftColor: category?.color }}>
        {quote}
      </blockquote>
      <p class="sl-entry-meta">
        <span class="sl-entry-category">
          <CategorySwatch category={category} />
          {category?.label ?? record.categoryId}
        </span>
        {record.origin === 'statement' && record.statement ? (
          <span class="sl-tag sl-tag-page">
            Statement · {KIND_LABELS[record.statement.kind]}
            {record.statement.speaker ? ` · ${record.statement.speaker}` : record.statement.anonymous ? ' · unnamed source' : ''}
          </span>
        ) : (
          <span class="sl-tag sl-tag-page">My highlight</span>
        )}
        {layer && layer.kind === 'imported' && (
          <span class="sl-tag sl-tag-layer">
            {readOnly ? `Teacher’s set: ${layer.name}` : `Layer: ${layer.name}`}
            {layer.hidden ? ' (hidden on the page)' : ''}
          </span>
        )}
        <time class="sl-muted" dateTime={record.modified}>
          {new Date(record.modified).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}
        </time>
      </p>
      {editing ? (
        <EditForm
          record={record}
          categories={categories}
          onCancel={closeEditor}
          onSave={async (note, categoryId, tags) => {
            const edit = editOf(record, { note, categoryId, tags });
            if (Object.keys(edit).length > 0) await actions.save(record.id, edit);
            closeEditor();
          }}
        />
      ) : (
        record.note && <p class="sl-entry-note">{record.note}</p>
      )}
      {record.tags.length > 0 && <p class="sl-entry-tags sl-muted">Tags: {record.tags.join(', ')}</p>}
      {!editing && (
        <div class="sl-entry-actions">
          <a class="sl-link" href={place.href} target="_blank" rel="noreferrer" data-action="open">
            {place.reader ? 'Open in the reader' : 'Open where it was made'}
            <span class="sl-visually-hidden">: {title ?? record.pageUrl}</span>
          </a>
          {record.corpusId && !place.reader && (
            <a class="sl-link" href={`../reader/index.html?id=${encodeURIComponent(record.corpusId)}`} data-action="reader">
              Reader copy
            </a>
          )}
          {!readOnly && (
          <>
          <button type="button" class="sl-button sl-small" ref={editButton} data-action="edit" onClick={() => setEditing(true)}>
            Edit<span class="sl-visually-hidden"> note, category and tags</span>
          </button>
          <button type="button" class="sl-button sl-small" data-action="delete" onClick={() => void actions.remove(record)}>
            Delete<span class="sl-visually-hidden"> this highlight</span>
          </button>
          <button type="button" class="sl-button sl-small" data-action="delete-permanently" onClick={() => void actions.removePermanently(record)}>
            Delete permanently<span class="sl-visually-hidden"> (no undo)</span>
          </button>
          </>
          )}
        </div>
      )}
    </li>
  );
}
