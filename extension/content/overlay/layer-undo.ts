// A layer deleted from the panel can be brought back while its Undo is offered,
// as in the library. When the Undo goes (the message closed or replaced, the
// undo window over, the page left), the layer and its highlights are wiped: a
// deleted layer's notes do not linger in the database.
import { UNDO_WINDOW_MS } from '../../../src/store/undo-window.ts';
import type { PageAnnotator } from '../highlights/page-annotator.ts';

interface PendingDelete {
  id: string;
  annotator: PageAnnotator;
  timer: ReturnType<typeof setTimeout>;
}

let pending: PendingDelete | null = null;
let listening = false;

/** The pending delete of `id` (or any, without an id) becomes final. */
function finish(id?: string): void {
  const done = pending;
  if (!done || (id !== undefined && done.id !== id)) return;
  pending = null;
  clearTimeout(done.timer);
  void done.annotator.purgeLayer(done.id).catch(() => undefined);
}

export interface LayerUndo {
  /** The reader chose Undo: the layer is back. */
  restore: () => Promise<void>;
  /** The Undo went unused: the delete is final. */
  expire: () => void;
}

/** Starts the undo of a layer just deleted (soft) in the worker; an earlier pending delete becomes final. */
export function offerLayerUndo(annotator: PageAnnotator, id: string): LayerUndo {
  finish();
  pending = { id, annotator, timer: setTimeout(() => finish(id), UNDO_WINDOW_MS) };
  if (!listening) {
    listening = true;
    addEventListener('pagehide', () => finish());
  }
  return {
    restore: async () => {
      if (pending?.id === id) {
        clearTimeout(pending.timer);
        pending = null;
      }
      await annotator.restoreLayer(id);
    },
    expire: () => finish(id),
  };
}
