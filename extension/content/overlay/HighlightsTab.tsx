// The reader's own highlights on this page: edit note and category, delete
// with undo, and every highlight that could not be found again listed as an
// orphan with its quote and context — never dropped without a word.
import { useState } from 'preact/hooks';
import type { Category } from '../../../src/store/annotation.ts';
import type { AnchoredAnnotation, PageAnnotator } from '../highlights/page-annotator.ts';
import { shorten } from './labels.ts';
import { scrollToRange } from './StatementsTab.tsx';
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

function HighlightItem({ item, categories, props }: { item: AnchoredAnnotation; categories: Category[]; props: HighlightsTabProps }) {
  const [note, setNote] = useState(item.record.note);
  const category = categories.find((c) => c.id === item.record.categoryId);
  const remove = async () => {
    await props.annotator.remove(item.record.id);
    props.toast({ text: 'Highlight deleted.', action: { label: 'Undo', run: () => void props.annotator.restore(item.record.id) } });
  };
  return (
    <li>
      <div>
        <span class="sl-swatch" style={{ background: category?.color ?? '#999' }} aria-hidden="true" />
        <strong>{category?.label ?? item.record.categoryId}</strong>
      </div>
      <p class="sl-quote">“{shorten(item.record.selectors.quote.exact, 220)}”</p>
      {item.result.status === 'orphan' && (
        <p class="sl-caveat">
          Could not be found on this page ({item.result.reason}). Context: …{item.result.prefix ?? ''}
          <strong>{shorten(item.result.quote, 80)}</strong>
          {item.result.suffix ?? ''}…
        </p>
      )}
      <label>
        <span class="sl-visually-hidden">Note</span>
        <textarea
          value={note}
          placeholder="Note"
          rows={2}
          onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
          style={{ width: '100%' }}
        />
      </label>
      <div>
        <CategorySelect
          categories={categories}
          value={item.record.categoryId}
          onChange={(categoryId) => void props.annotator.update(item.record.id, { categoryId })}
        />{' '}
        <button
          type="button"
          class="sl-button"
          disabled={note === item.record.note}
          onClick={() => void props.annotator.update(item.record.id, { note })}
        >
          Save note
        </button>{' '}
        {item.range && (
          <button type="button" class="sl-button" onClick={() => scrollToRange(item.range!)}>
            Show on page
          </button>
        )}{' '}
        <button type="button" class="sl-button" onClick={() => void remove()}>
          Delete
        </button>
      </div>
    </li>
  );
}

export function HighlightsTab(props: HighlightsTabProps) {
  const state = useAnnotator(props.annotator);
  const mine = state.annotations.filter((a) => a.record.origin === 'reader');
  const anchored = mine.filter((a) => a.result.status === 'anchored');
  const orphans = mine.filter((a) => a.result.status === 'orphan');
  return (
    <>
      {state.error && (
        <p class="sl-error" role="alert">
          {state.error}
        </p>
      )}
      <p class="sl-muted">
        Select text in the article to highlight it (or press Alt+Shift+H). Highlights follow this article to its other
        addresses.{' '}
        <button type="button" class="sl-button" onClick={props.openLibrary}>
          Open the library
        </button>
      </p>
      {anchored.length === 0 && orphans.length === 0 && <p>No highlights of yours on this article yet.</p>}
      <ul class="sl-list">
        {anchored.map((item) => (
          <HighlightItem key={item.record.id} item={item} categories={state.categories} props={props} />
        ))}
      </ul>
      {orphans.length > 0 && (
        <>
          <h3>Not found on this page ({orphans.length})</h3>
          <ul class="sl-list">
            {orphans.map((item) => (
              <HighlightItem key={item.record.id} item={item} categories={state.categories} props={props} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export { CategorySelect };
