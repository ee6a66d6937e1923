// Every value of every object store of Sourcelight's database, read through an
// extension page (the extension's origin owns the database): what a raw look
// at the store would find.
import type { Page } from 'puppeteer-core';
import { DB_NAME } from '../../../src/store/schema.ts';

export function dumpDatabase(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const store of [...db.objectStoreNames]) {
      dump[store] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return JSON.stringify(dump);
  }, DB_NAME);
}
