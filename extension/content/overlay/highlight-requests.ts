// A reader's click on one of their highlights in the page asks the panel to
// show it in My highlights with its note ready for editing. The click is seen
// by the hover card (which knows what is under the pointer), the request is
// served by the panel and the highlights tab, which may not be mounted yet:
// the last request waits here until the tab takes it.
type Listener = (id: string) => void;

const listeners = new Set<Listener>();
let pending: string | null = null;

export function requestHighlightEdit(id: string): void {
  pending = id;
  for (const listener of listeners) listener(id);
}

export function onHighlightEditRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The request not yet served, if any; serving it clears it. */
export function takeHighlightEditRequest(): string | null {
  const id = pending;
  pending = null;
  return id;
}
