// A highlight's tags in the panel: each a chip with a remove button, and a
// field to add more (commas between them). Stored with the same worker message
// and rules as the library's Edit form, so the two always agree. The field is
// an extension-origin frame (TextField), opened only when asked for: the page
// sees none of what is typed.
import { useRef, useState } from 'preact/hooks';
import type { AnnotationRecord } from '../../../src/store/annotation.ts';
import { tagsFromText } from '../../../src/store/tag-text.ts';
import { draftKeyOf } from '../../shared/text-field-protocol.ts';
import type { PageAnnotator } from '../highlights/page-annotator.ts';
import { TextField, type TextFieldHandle } from './TextField.tsx';

/** The tags as chips; with `onRemove`, each has a button that takes it off. */
export function TagChips({ tags, onRemove }: { tags: readonly string[]; onRemove?: (tag: string) => void }) {
  if (tags.length === 0) return null;
  return (
    <ul class="sl-tag-chips" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} class="sl-tag-chip" data-tag={tag}>
          {tag}
          {onRemove && (
            <button type="button" class="sl-tag-remove" data-remove-tag={tag} aria-label={`Remove the tag ${tag}`} onClick={() => onRemove(tag)}>
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export function TagEditor({ annotator, record }: { annotator: PageAnnotator; record: AnnotationRecord }) {
  const [adding, setAdding] = useState(false);
  // Bumped after each add: a fresh, empty field (a frame's value is set only when it connects).
  const [fieldKey, setFieldKey] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<TextFieldHandle | null>(null);
  const typed = useRef('');

  // Added and taken off against the stored tags: the library (or another tab) may have changed them since this panel read them.
  const save = async (change: { addTags: string[] } | { removeTags: string[] }): Promise<boolean> => {
    try {
      await annotator.update(record.id, change);
      setError(null);
      return true;
    } catch (err) {
      setError(`Tags not saved: ${(err as Error).message}`);
      return false;
    }
  };
  const add = async () => {
    // A click can arrive before the frame's last keys: ask the frame for its value first.
    const text = (await field.current?.read()) ?? typed.current;
    const added = tagsFromText(text);
    if (added.length === 0) return;
    if (!(await save({ addTags: added }))) return;
    field.current?.clearDraft();
    typed.current = '';
    setFieldKey((k) => k + 1);
  };
  // Escape closes the field; what was typed stays as its draft and comes back when it opens again.
  const close = () => setAdding(false);
  const done = async () => {
    await add();
    setAdding(false);
  };

  return (
    <div class="sl-tags" data-tags="">
      <TagChips tags={record.tags} onRemove={(tag) => void save({ removeTags: [tag] })} />
      {adding ? (
        <div class="sl-tag-add">
          <TextField
            key={fieldKey}
            label="New tags"
            placeholder="New tags, commas between them"
            value=""
            autoFocus
            draftKey={draftKeyOf('tags', record.id)}
            handle={(h) => {
              field.current = h;
            }}
            onValue={(value) => {
              typed.current = value;
            }}
            onSubmit={() => void add()}
            onEscape={close}
          />
          <button type="button" class="sl-button" data-action="save-tags" onClick={() => void add()}>
            Add
          </button>{' '}
          <button type="button" class="sl-button" data-action="close-tags" onClick={() => void done()}>
            Done
          </button>
        </div>
      ) : (
        <button type="button" class="sl-button sl-tag-open" data-action="add-tag" onClick={() => setAdding(true)}>
          Add tag
        </button>
      )}
      {error && (
        <p class="sl-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
