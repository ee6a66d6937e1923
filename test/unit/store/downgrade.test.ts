
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../extension/background/handlers.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { NewerDatabaseError } from '../../../src/store/errors.ts';
import { DB_NAME, DB_VERSION } from '../../../src/store/schema.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { freshFactory } from './helpers.ts';

/** A database as a future Sourcelight left it: one version up, with a record of its own. */
function newerDatabase(factory: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION + 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('annotations', { keyPath: 'id' }).put({ id: 'future', note: 'from the future' });
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

function readBack(factory: IDBFactory): Promise<{ version: number; stores: string[]; record: unknown }> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME);
    request.onsuccess = () => {
      const db = request.result;
      const get = db.transaction('annotations').objectStore('annotations').get('future');
      get.onsuccess = () => {
        resolve({ version: db.version, stores: [...db.objectStoreNames], record: get.result });
        db.close();
      };
    };
    request.onerror = () => reject(request.error);
  });
}

describe('a database from a newer version', () => {
  it('is reported in words and left exactly as it was', async () => {
    const factory = freshFactory();
    await newerDatabase(factory);
    const failure = AnnotationStore.open(factory);
    await expect(failure).rejects.toThrow(NewerDatabaseError);
    await expect(failure).rejects.toThrow(/saved by a newer version of Sourcelight.*Nothing was changed/);
    await expect(failure).rejects.not.toThrow(/VersionError/);
    expect(await readBack(factory)).toEqual({ version: DB_VERSION + 1, stores: ['annotations'], record: { id: 'future', note: 'from the future' } });
  });

  it('does not stop recognition: provenance comes back, the statements are skipped with the reason', async () => {
    const corpus = loadCorpusPackage();
    const factory = freshFactory();
    await newerDatabase(factory);
    const handlers = createHandlers({
      corpus,
      index: async () => buildRecognitionIndex(corpus.articles),
      store: () => AnnotationStore.open(factory),
      markTab: () => undefined,
      openTab: async () => undefined,
    });
    const article = corpus.articles[0]!;
    const page = await handlers['page/recognize'](
      { url: article.addresses[0]!, paragraphs: article.paragraphs },
      { kind: 'content', tabId: 1, frameId: 0, senderUrl: article.addresses[0]! },
    );
    expect(page?.article.id).toBe(article.id);
    expect(page?.extras.statements.length).toBeGreaterThan(0);
    expect(page?.statementsSkipped).toMatch(/newer version of Sourcelight/);
    await expect(handlers['library/all']()).rejects.toThrow(/newer version of Sourcelight/);
  });
});
