// How the overlay talks to the selection toolbar (pages/selection-toolbar/): an
// extension page in a frame inside the closed shadow root, so the page sees no
// pointer, mouse, key or focus event of the reader's on its controls, nor its
// note. The overlay keeps what it owns (the selection, the save, its retry and
// undo) and tells the frame what to show; the frame tells the overlay what the
// reader chose. Connected like the text fields (frame-connection.ts).

export const SELECTION_TOOLBAR_PAGE = 'extension/pages/selection-toolbar/index.html';

/**
 * The frame's size, the same whatever it shows (note open or not, a failure,
 * a draft offered back): a page probing `elementsFromPoint` around the toolbar
 * learns nothing from it. The toolbar is drawn inside; the rest is clear.
 */
export const TOOLBAR_FRAME = { width: 360, height: 200 } as const;

export interface ToolbarCategory {
  id: string;
  label: string;
}

export type ToolbarSave =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'failed'; message: string; retry: boolean }
  /** Saved: the frame says so and offers Undo (`problem`: an Undo that failed, in words). */
  | { state: 'saved'; problem?: string }
  /** Saved, then taken back with Undo. */
  | { state: 'undone' };

/**
 * How long the toolbar's frame stays after the reader saves or closes from it: a save's confirmation and its Undo
 * are shown inside it for this time, and a closed toolbar's frame stays, clear, as long (see SelectionToolbar.tsx).
 */
export const AFTER_ACTION_MS = 8_000;

/** What the toolbar shows: given on connecting, and again on every change. */
export interface ToolbarView {
  categories: ToolbarCategory[];
  category: string;
  save: ToolbarSave;
}

export type ToToolbar =
  | { type: 'view'; view: ToolbarView }
  /**
   * The toolbar is closed, but the pointer is over its frame: draw nothing. The frame stays, clear, until the
   * pointer leaves it (see SelectionToolbar.tsx): a frame taken from under the pointer makes the browser tell the
   * page where the pointer is (the control it was on), and when (as soon as the page changes under it).
   */
  | { type: 'closed' }
  /** Answer with the note as it is now ('' when the note is not open). */
  | { type: 'read' }
  /** The note was saved with a new highlight: forget its draft, then say so. */
  | { type: 'clear-draft' };

export type FromToolbar =
  | { type: 'category'; id: string }
  /** Highlight or Retry clicked, or Ctrl/Cmd+Enter in the note: save with this note ('' when the note is not open). */
  | { type: 'highlight'; note: string }
  /** The close button, Escape, or a click beside the drawn toolbar. */
  | { type: 'close' }
  /** Undo, on a save's confirmation: take the highlight back. */
  | { type: 'undo' }
  /** The answer to `read`. */
  | { type: 'current'; note: string }
  | { type: 'draft-cleared' };

export function isToolbarView(view: unknown): view is ToolbarView {
  const v = view as Partial<ToolbarView> | null;
  return Array.isArray(v?.categories) && typeof v.category === 'string' && typeof v.save?.state === 'string';
}

/** The frame's address: the passage's draft key (never its text; see draftKeyOf). */
export function selectionToolbarQuery(draftKey: string): string {
  return new URLSearchParams({ draft: draftKey }).toString();
}

export function readSelectionToolbarQuery(search: string): { draftKey: string | undefined } {
  return { draftKey: new URLSearchParams(search).get('draft') ?? undefined };
}
