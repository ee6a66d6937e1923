// One readwrite transaction around some work, for both of Sourcelight's stores:
// if the work throws, the transaction is aborted, so no request it already made
// is committed (a worker killed mid-write or a full disk leaves the change whole
// or absent); the store's own `translate` turns the failure into its message.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SourcelightDB } from './schema.ts';

export async function inWriteTransaction<S extends StoreNames<SourcelightDB>[], T>(
  db: IDBPDatabase<SourcelightDB>,
  stores: S,
  work: (tx: IDBPTransaction<SourcelightDB, S, 'readwrite'>) => Promise<T>,
  translate: (error: unknown) => Error,
): Promise<T> {
  let tx: IDBPTransaction<SourcelightDB, S, 'readwrite'>;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (error) {
    throw translate(error);
  }
  const done = tx.done;
  done.catch(() => {}); // observed below; keeps an early abort from being "unhandled"
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already aborted or finished
    }
    await done.catch(() => {});
    throw translate(error);
  }
}
