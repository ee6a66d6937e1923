// What the reader typed in a framed field and has not saved yet, kept in the
// extension's own storage (the page cannot read it) under a key that names no
// passage text (see draftKeyOf), so it is offered back after a failure, a
// reload or on reopening the passage.

/** A draft and the stored value it was typed over: offered back only while that value is still the stored one. */
export interface Draft {
  base: string;
  value: string;
}

export interface DraftStore {
  read(): Draft | null;
  /** Keeps the draft, or forgets it when null or unchanged from its base. */
  write(draft: Draft | null): void;
}

/** The drafts under `draftKey`; without a key nothing is kept. */
export function draftStore(draftKey: string | undefined): DraftStore {
  const storageKey = draftKey ? `sourcelight-draft:${draftKey}` : null;
  return {
    read() {
      if (!storageKey) return null;
      try {
        const draft = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Draft | null;
        return typeof draft?.base === 'string' && typeof draft.value === 'string' ? draft : null;
      } catch {
        return null;
      }
    },
    write(draft) {
      if (!storageKey) return;
      try {
        if (draft && draft.value !== draft.base) localStorage.setItem(storageKey, JSON.stringify(draft));
        else localStorage.removeItem(storageKey);
      } catch {
        // Storage refused (full or disabled): the overlay still has the value.
      }
    },
  };
}
