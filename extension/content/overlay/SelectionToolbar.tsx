// Appears beside a selection in the article: category, optional note, and a
// "Highlight" button. Alt+Shift+H highlights the selection straight away.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TextTargetSelectors } from '../../../src/anchoring/selectors.ts';
import type { PageAnnotator } from '../highlights/page-annotator.ts';
import { CategorySelect } from './HighlightsTab.tsx';
import type { ToastMessage } from './Toast.tsx';
import { useAnnotator } from './use-annotator.ts';

interface Pending {
  selectors: TextTargetSelectors;
  top: number;
  left: number;
}

const TOOLBAR_WIDTH = 360;

export interface SelectionToolbarProps {
  annotator: PageAnnotator;
  toast: (m: ToastMessage) => void;
  /** Look at the current selection as soon as the toolbar mounts (it was mounted because of one). */
  lookOnMount?: boolean;
}

export function SelectionToolbar({ annotator, toast, lookOnMount = false }: SelectionToolbarProps) {
  const { categories } = useAnnotator(annotator);
  const [pending, setPending] = useState<Pending | null>(null);
  const [categoryId, setCategoryId] = useState<string>('');
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState('');
  const category = categoryId || categories.find((c) => c.id !== 'statement')?.id || 'claim';
  const latest = useRef({ category });
  latest.current = { category };

  const save = async (selectors: TextTargetSelectors, withNote: string) => {
    setPending(null);
    setNoteOpen(false);
    setNote('');
    const record = await annotator.createHighlight(selectors, latest.current.category, withNote);
    window.getSelection()?.removeAllRanges();
    toast({ text: 'Highlight saved.', action: { label: 'Undo', run: () => void annotator.remove(record.id) } });
  };

  useEffect(() => {
    const look = () => {
      const described = annotator.describeSelection(window.getSelection());
      if (!described) return setPending(null);
      const { rect } = described;
      const top = Math.min(rect.bottom + 8, window.innerHeight - 120);
      const left = Math.max(8, Math.min(rect.left, window.innerWidth - TOOLBAR_WIDTH - 8));
      setPending({ selectors: described.selectors, top, left });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyH') {
        const described = annotator.describeSelection(window.getSelection());
        if (!described) return;
        event.preventDefault();
        void save(described.selectors, '').catch(() => undefined);
      }
    };
    const onPointerUp = (event: PointerEvent) => {
      // Clicks inside the overlay (ours) keep the toolbar as it is.
      if ((event.target as Element | null)?.localName === 'sourcelight-root') return;
      setTimeout(look, 0);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key.startsWith('Arrow')) look();
    };
    if (lookOnMount) look();
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('keyup', onKeyUp, true);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [annotator]);

  if (!pending) return null;
  return (
    <div
      class="sl-toolbar"
      role="toolbar"
      aria-label="Highlight the selected text"
      style={{ top: `${pending.top}px`, left: `${pending.left}px` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setPending(null);
      }}
    >
      <CategorySelect categories={categories} value={category} onChange={setCategoryId} />
      <button
        type="button"
        class="sl-button sl-primary"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void save(pending.selectors, noteOpen ? note : '').catch(() => undefined)}
      >
        {noteOpen ? 'Highlight with note' : 'Highlight'}
      </button>
      <button type="button" class="sl-button" aria-expanded={noteOpen} onClick={() => setNoteOpen(!noteOpen)}>
        Note…
      </button>
      <button type="button" class="sl-button" aria-label="Close" onClick={() => setPending(null)}>
        ×
      </button>
      {noteOpen && (
        <label style={{ width: '100%' }}>
          <span class="sl-visually-hidden">Note</span>
          <textarea value={note} placeholder="Your note (only you can see it)" onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
        </label>
      )}
    </div>
  );
}
