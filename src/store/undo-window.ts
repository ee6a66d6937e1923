// How long a deleted highlight can be brought back. The overlay and the library
// offer Undo for this long at most; after it the worker purges the record for
// good (on start-up and on a timer while it runs), so a deleted note does not
// stay in the database.

export const UNDO_WINDOW_MS = 2 * 60 * 1000;

/** How often a running worker looks for deletions older than the undo window. */
export const PURGE_INTERVAL_MS = 60 * 1000;
