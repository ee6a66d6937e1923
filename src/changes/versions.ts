// The versions of one article that the compare view can set side by side: the
// archived copy (for an added article, the copy stored when it was added),
// each snapshot the reader kept, and the live page's text a tab handed over
// (held in the worker's memory only, see live-versions.ts). The compare
// page's address names them as "archived", "snapshot:<id>" or "live:<id>", so
// a comparison can be reopened (a live one while the worker still holds it).
import type { CorpusArticle } from '../corpus/types.ts';
import type { SnapshotRecord } from '../store/schema.ts';
import { compareVersions } from './compare.ts';
import type { LiveVersionRecord } from './live-versions.ts';
import { LIVE_PAGE_LABEL } from './report.ts';
import type { ChangeSet, VersionInfo } from './types.ts';

/** The archived copy's reference in an address. */
export const ARCHIVED_REF = 'archived';
const SNAPSHOT_PREFIX = 'snapshot:';
const LIVE_PREFIX = 'live:';

export type VersionRef = { kind: 'archived' } | { kind: 'snapshot'; id: string } | { kind: 'live'; id: string };

/** One version: its reference, where and when it was seen, and its paragraphs. */
export interface StoredVersion {
  ref: string;
  info: VersionInfo;
  paragraphs: string[];
}

/** What the archived copy is made from: the article as the worker gives it. */
export type ArchivedArticle = Pick<CorpusArticle, 'source' | 'addedAt' | 'dates' | 'addresses' | 'paragraphs'>;

/** Reads "archived", "snapshot:<id>" or "live:<id>"; anything else is an error that says what is expected. */
export function parseVersionRef(text: string): VersionRef {
  if (text === ARCHIVED_REF) return { kind: 'archived' };
  if (text.startsWith(SNAPSHOT_PREFIX) && text.length > SNAPSHOT_PREFIX.length) return { kind: 'snapshot', id: text.slice(SNAPSHOT_PREFIX.length) };
  if (text.startsWith(LIVE_PREFIX) && text.length > LIVE_PREFIX.length) return { kind: 'live', id: text.slice(LIVE_PREFIX.length) };
  throw new Error(
    `"${text}" names no version: a version is "${ARCHIVED_REF}", "${SNAPSHOT_PREFIX}" followed by a kept version's id, or "${LIVE_PREFIX}" followed by a live page's.`,
  );
}

export function snapshotRef(id: string): string {
  return `${SNAPSHOT_PREFIX}${id}`;
}

export function liveRef(id: string): string {
  return `${LIVE_PREFIX}${id}`;
}

/** "2026-12-01 22:30:05 UTC" from an ISO date-time: to the second, since versions are kept seconds apart. */
export function keptWhen(iso: string): string {
  return `${iso.slice(0, 19).replace('T', ' ')} UTC`;
}

export function archivedVersion(article: ArchivedArticle): StoredVersion {
  const added = article.source === 'added';
  return {
    ref: ARCHIVED_REF,
    info: {
      label: added ? 'copy you added' : 'archived copy',
      url: article.addresses[0] ?? '',
      date: added ? (article.addedAt ?? null) : (article.dates.published?.date ?? null),
    },
    paragraphs: article.paragraphs,
  };
}

export function snapshotVersion(snapshot: SnapshotRecord): StoredVersion {
  return {
    ref: snapshotRef(snapshot.id),
    info: { label: `version kept ${keptWhen(snapshot.takenAt)}`, url: snapshot.url, date: snapshot.takenAt },
    paragraphs: snapshot.paragraphs,
  };
}

export function liveVersion(live: LiveVersionRecord): StoredVersion {
  return { ref: liveRef(live.id), info: { label: LIVE_PAGE_LABEL, url: live.url, date: live.seenAt }, paragraphs: live.paragraphs };
}

/** Every version of the article, oldest first: the archived copy, the kept ones in the order they were kept, then the live ones held. */
export function storedVersions(article: ArchivedArticle, snapshots: readonly SnapshotRecord[], live: readonly LiveVersionRecord[] = []): StoredVersion[] {
  const kept = [...snapshots].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const seen = [...live].sort((a, b) => a.seenAt.localeCompare(b.seenAt));
  return [archivedVersion(article), ...kept.map(snapshotVersion), ...seen.map(liveVersion)];
}

/** The version a reference names among `versions`, or why there is none (a clear sentence, never a blank). */
export function findVersion(versions: readonly StoredVersion[], ref: string): { version: StoredVersion } | { missing: string } {
  let parsed: VersionRef;
  try {
    parsed = parseVersionRef(ref);
  } catch (error) {
    return { missing: (error as Error).message };
  }
  const version = versions.find((v) => v.ref === ref);
  if (version) return { version };
  switch (parsed.kind) {
    case 'snapshot':
      return { missing: `The kept version "${parsed.id}" is not in this article's history: it was removed, or the address is wrong.` };
    case 'live':
      return {
        missing:
          "The live page's text is held only while the browser runs Sourcelight's worker, and this one is gone: open the comparison again from the page's Changes tab, or keep the page's version to compare it later.",
      };
    case 'archived':
      return { missing: 'The archived copy of this article could not be read.' };
  }
}

/** Two stored versions compared: the later one's text is its paragraphs, one per line, and every offset of inserted text is into it. */
export interface VersionPairChanges {
  changes: ChangeSet;
  laterText: string;
}

/**
 * Compares two stored versions with the same comparison as the live page
 * (word level, moved paragraphs, typography not counted): the later version
 * plays the page, its paragraphs as the page's blocks.
 */
export function compareStoredVersions(earlier: readonly string[], later: readonly string[]): VersionPairChanges {
  const laterText = later.join('\n');
  return { changes: compareVersions(earlier, laterText), laterText };
}
