// The live page's text handed from a tab to the compare view: held in the
// worker's memory only — never stored, since the reader did not ask to keep
// it — a few at a time, and gone when the worker stops. The compare view
// names one as "live:<id>" (see versions.ts).
import { MAX_SNAPSHOT_CHARS } from '../store/snapshot-store.ts';

/** Live versions held at once, over all articles: the oldest goes first. */
export const MAX_LIVE_VERSIONS = 8;

export interface LiveVersionRecord {
  id: string;
  corpusId: string;
  /** The page's address. */
  url: string;
  /** When the page showed this text (ISO 8601). */
  seenAt: string;
  paragraphs: string[];
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class LiveVersions {
  private readonly held: LiveVersionRecord[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Holds the page's text for the compare view; refused, holding nothing, when it is longer than a snapshot may be. */
  hold(entry: { corpusId: string; url: string; paragraphs: string[] }): LiveVersionRecord {
    const chars = entry.paragraphs.reduce((n, p) => n + p.length, 0);
    if (chars > MAX_SNAPSHOT_CHARS) {
      throw new Error(`This page's text is ${chars.toLocaleString('en')} characters long, over the ${MAX_SNAPSHOT_CHARS.toLocaleString('en')} the compare view takes.`);
    }
    const record: LiveVersionRecord = { id: randomId(), corpusId: entry.corpusId, url: entry.url, seenAt: this.now().toISOString(), paragraphs: [...entry.paragraphs] };
    this.held.push(record);
    if (this.held.length > MAX_LIVE_VERSIONS) this.held.splice(0, this.held.length - MAX_LIVE_VERSIONS);
    return record;
  }

  /** The article's live versions still held, oldest first. */
  list(corpusId: string): LiveVersionRecord[] {
    return this.held.filter((r) => r.corpusId === corpusId);
  }
}
