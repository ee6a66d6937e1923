// What a framed field shows once the overlay has connected. The field takes
// keys from its first paint (it has the focus as soon as it is clicked), but it
// learns the stored value only on connecting, which on a busy machine can come
// a good while after: what the reader typed in between is kept, after the
// stored value (or the unsaved draft typed over it), never dropped.
import type { Draft } from './drafts.ts';

export interface StartingValue {
  value: string;
  /** The value is not the stored one the overlay gave: tell the overlay, as it would be told of typing. */
  offer: boolean;
  /** Only a draft was offered back (nothing typed before connecting). */
  restored: boolean;
}

/** The field's value on connecting, from the stored value, the draft kept for it, and what was typed before. */
export function startingValue(stored: string, draft: Draft | null, typedBefore: string): StartingValue {
  const restored = draft !== null && draft.base === stored && draft.value !== stored;
  const start = restored ? draft.value : stored;
  const value = joined(start, typedBefore);
  return { value, offer: value !== stored, restored: restored && typedBefore === '' };
}

/** `after` added to `before`, with a space between them unless one of them already has one there. */
function joined(before: string, after: string): string {
  if (before === '' || after === '') return before + after;
  return /\s$/.test(before) || /^\s/.test(after) ? before + after : `${before} ${after}`;
}
