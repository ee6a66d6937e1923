// Opens (creating or upgrading) the Sourcelight database on a given IDBFactory:
// the worker passes `indexedDB`, tests a fresh fake-indexeddb factory. idb's own
// openDB always uses the global factory, so the request is made here and
// wrapped.

import { type IDBPDatabase, wrap } from 'idb';
import { NewerDatabaseError, StoreError } from './errors.ts';
import { DB_NAME, DB_VERSION, MIGRATIONS, type SourcelightDB, type UpgradeTransaction } from './schema.ts';

export interface OpenOptions {
  /** Open an older version (tests of migrations); defaults to the current one. */
  version?: number;
  name?: string;
}

export type SourcelightDatabase = IDBPDatabase<SourcelightDB>;

export function openSourcelightDb(factory: IDBFactory, options: OpenOptions = {}): Promise<SourcelightDatabase> {
  const version = options.version ?? DB_VERSION;
  const name = options.name ?? DB_NAME;
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      reject(new StoreError(`Could not open the highlight store: ${String(error)}`, { cause: error }));
      return;
    }
    let migrationError: unknown;
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as unknown as SourcelightDatabase;
      const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
      tx.done.catch(() => {}); // an aborted upgrade is reported through request.onerror
      const from = event.oldVersion;
      const to = event.newVersion ?? version;
      const steps = MIGRATIONS.filter((m) => m.version > from && m.version <= to);
      // Chain the steps inside the upgrade transaction; awaiting only IDB
      // requests keeps it alive. Any failure aborts the whole upgrade.
      (async () => {
        for (const step of steps) await step.run(db, tx);
      })().catch((error: unknown) => {
        migrationError = error;
        try {
          request.transaction?.abort();
        } catch {
          // already finished
        }
      });
    };
    // No onblocked rejection: every connection opened here closes itself on
    // versionchange (below), so a blocked upgrade goes on once they have.
    request.onerror = () => {
      // An older build over a newer database: the browser refuses to open it, which is what keeps it unchanged.
      if (!migrationError && request.error?.name === 'VersionError') {
        reject(new NewerDatabaseError(request.error));
        return;
      }
      const cause = migrationError ?? request.error;
      const what = migrationError ? 'upgrading' : 'opening';
      reject(new StoreError(`Failed while ${what} the highlight store: ${describe(cause)}`, { cause }));
    };
    request.onsuccess = () => {
      const db = request.result;
      // Let a newer version (another extension page after an update) take over.
      db.onversionchange = () => db.close();
      resolve(wrap(db) as unknown as SourcelightDatabase);
    };
  });
}

function describe(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return `${error.name}: ${error.message}`;
  return String(error);
}
