// Errors the store throws, each with a message a reader can act on. Callers
// (the worker, the library page) show `message` as is.

/** Something about the store went wrong; nothing was half-written. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The browser refused to store more (QuotaExceededError); the write was abandoned whole. */
export class StoreFullError extends StoreError {
  override name = 'StoreFullError';
  constructor(cause?: unknown) {
    super(
      'Sourcelight could not save: the browser says storage for the extension is full. ' +
        'Nothing was changed. Free some disk space or export and delete old highlights, then try again.',
      { cause },
    );
  }
}

/**
 * The database was written by a newer Sourcelight (an older build runs over
 * it, e.g. after a downgrade): it is not opened, so nothing is changed.
 */
export class NewerDatabaseError extends StoreError {
  override name = 'NewerDatabaseError';
  constructor(cause?: unknown) {
    super(
      'Your highlights were saved by a newer version of Sourcelight, which this version cannot read. ' +
        'Nothing was changed: install the newer version again to see and edit them.',
      { cause },
    );
  }
}

/** An import file was refused; the store was left as it was. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  // Old Firefox used NS_ERROR_DOM_QUOTA_REACHED.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
