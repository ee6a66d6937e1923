// Files being added in chunks (begin → chunks → commit), as the backup import
// does it: the library sends a corpus pack a few MB at a time, the worker
// compiles each chunk as it arrives and holds it in memory, and writes the
// whole file in one transaction at commit. A worker that stops mid-file loses
// its sessions, so the next chunk or the commit fails with a message and
// nothing of that file was written.
import { IngestError } from '../../src/corpus/ingest/extracted-article.ts';
import type { AddedFrom } from '../../src/store/schema.ts';

export interface AddSessionOptions {
  /** How many (distinct) articles the file holds: the page counted them. */
  total: number;
  from: AddedFrom;
  fileName?: string;
}

export interface AddSession<P> {
  options: AddSessionOptions;
  received: number;
  prepared: P[];
}

/** Files being added at once (a few library tabs); the oldest is dropped beyond this. */
const MAX_SESSIONS = 4;
/** Finished sessions whose report is kept, so a commit sent again (its answer lost) gets the same report. */
const MAX_FINISHED = 8;

export function sessionGone(fileName?: string): string {
  return `${fileName ? `${fileName}: ` : ''}adding this file was interrupted (Sourcelight’s background worker restarted), so nothing of it was written. Add the file again.`;
}

export class AddSessions<P, R> {
  private readonly sessions = new Map<string, AddSession<P>>();
  private readonly done = new Map<string, R>();

  constructor(private readonly newId: () => string = () => crypto.randomUUID()) {}

  begin(options: AddSessionOptions): string {
    if (!Number.isSafeInteger(options.total) || options.total < 1) throw new IngestError(`${options.fileName ? `${options.fileName}: ` : ''}no article to add.`);
    while (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    const id = this.newId();
    this.sessions.set(id, { options, received: 0, prepared: [] });
    return id;
  }

  get(id: string): AddSession<P> {
    const found = this.sessions.get(id);
    if (!found) throw new IngestError(sessionGone());
    return found;
  }

  cancel(id: string): void {
    this.sessions.delete(id);
  }

  remember(id: string, report: R): void {
    this.done.set(id, report);
    while (this.done.size > MAX_FINISHED) this.done.delete(this.done.keys().next().value!);
  }

  finished(id: string): R | undefined {
    return this.done.get(id);
  }
}
