// The worker's side of an import sent in chunks (begin → chunks → commit).
// Each chunk is checked again here with the same rules as parseImport (the
// worker never trusts a page); the records are held in memory and written at
// commit in ONE transaction. A worker that stops mid-import loses its
// sessions: the commit then fails with a message and nothing was written.

import type { Category, Layer } from './annotation.ts';
import type { AnnotationStore, ImportOutcome } from './annotation-store.ts';
import { ImportError } from './errors.ts';
import { applyImport, checkImportChunk, DEFAULT_MAX_IMPORT_ANNOTATIONS, type ImportedAnnotation, mergeCategories } from './import.ts';

export interface ImportSessionOptions {
  /** How many annotations the file holds (the page counted them). */
  total: number;
  /** Import as a new layer with this name; without it, into the reader's own layer. */
  layerName?: string;
  fileName?: string;
}

interface Session {
  options: ImportSessionOptions;
  now: string;
  received: number;
  annotations: ImportedAnnotation[];
  categories: Map<string, Category>;
  layers: Map<string, Layer>;
}

/** Imports under way at once (a few library tabs); the oldest is dropped beyond this. */
const MAX_SESSIONS = 4;

export const SESSION_GONE =
  'This import was interrupted (Sourcelight’s background worker restarted), so nothing was written. Choose the file and import it again.';

export class ImportSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  begin(options: ImportSessionOptions): string {
    if (!Number.isSafeInteger(options.total) || options.total < 1) throw new ImportError('The file holds no annotations.');
    if (options.total > DEFAULT_MAX_IMPORT_ANNOTATIONS) {
      throw new ImportError(`The file holds ${options.total} annotations; Sourcelight imports at most ${DEFAULT_MAX_IMPORT_ANNOTATIONS} at a time.`);
    }
    while (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    const id = this.newId();
    this.sessions.set(id, { options, now: this.now().toISOString(), received: 0, annotations: [], categories: new Map(), layers: new Map() });
    return id;
  }

  /** Checks one chunk; returns how many annotations the session holds. A bad chunk ends the session. */
  addChunk(id: string, offset: number, text: string): number {
    const session = this.session(id);
    if (offset !== session.received) {
      this.sessions.delete(id);
      throw new ImportError(`Part of the file went missing on the way (expected annotation ${session.received + 1}, got ${offset + 1}); nothing was written. Try again.`);
    }
    try {
      const checked = checkImportChunk(text, { offset, total: session.options.total, now: session.now });
      for (const a of checked.annotations) session.annotations.push(a);
      mergeCategories(session.categories, checked.categories);
      mergeCategories(session.layers, checked.layers);
      session.received += checked.annotations.length;
      return session.received;
    } catch (error) {
      this.sessions.delete(id);
      throw error;
    }
  }

  /** Writes everything the session received in one transaction. */
  async commit(id: string, store: AnnotationStore): Promise<ImportOutcome> {
    const session = this.session(id);
    this.sessions.delete(id);
    if (session.received !== session.options.total) {
      throw new ImportError(`Only ${session.received} of ${session.options.total} annotations arrived; nothing was written. Try again.`);
    }
    const { layerName, fileName } = session.options;
    return applyImport(
      store,
      { annotations: session.annotations, categories: [...session.categories.values()], layers: [...session.layers.values()] },
      { ...(layerName !== undefined ? { asLayer: layerName } : {}), ...(fileName ? { sourceName: fileName } : {}), now: this.now },
    );
  }

  cancel(id: string): void {
    this.sessions.delete(id);
  }

  private session(id: string): Session {
    const found = this.sessions.get(id);
    if (!found) throw new ImportError(SESSION_GONE);
    return found;
  }
}
