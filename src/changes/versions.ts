// The stored versions of one article that the compare view can set side by
// side: the archived copy (for an added article, the copy stored when it was
// added) and each snapshot the reader kept. The compare page's address names
// them as "archived" or "snapshot:<id>", so a comparison can be reopened.
import type { CorpusArticle } from '../corpus/types.ts';
import type { SnapshotRecord } from '../store/schema.ts';
import { compareVersions } from './compare.ts';
import type { ChangeSet, VersionInfo } from './types.ts';

/** The archived copy's reference in an address. */
export const ARCHIVED_REF = 'archived';
const SNAPSHOT_PREFIX = 'snapshot:';

export type VersionRef = { kind: 'archived' } | { kind: 'snapshot'; id: string };

/** One stored version: its reference, where and when it was seen, and its paragraphs. */
export interface StoredVersion {
  ref: string;
  info: VersionInfo;
  paragraphs: string[];
}

/** What the archived copy is made from: the article as the worker gives it. */
export type ArchivedArticle = Pick<CorpusArticle, 'source' | 'addedAt' | 'dates' | 'addresses' | 'paragraphs'>;

/** Reads "archived" or "snapshot:<id>"; anything else is an error that says what is expected. */
export function parseVersionRef(text: string): VersionRef {
  if (text === ARCHIVED_REF) return { kind: 'archived' };
  if (text.startsWith(SNAPSHOT_PREFIX) && text.length > SNAPSHOT_PREFIX.length) return { kind: 'snapshot', id: text.slice(SNAPSHOT_PREFIX.length) };
  throw new Error(`"${text}" names no version: a version is "${ARCHIVED_REF}" or "${SNAPSHOT_PREFIX}" followed by a kept version's id.`);
}

export function snapshotRef(id: string): string {
  return `${SNAPSHOT_PREFIX}${id}`;
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

/** Every stored version of the article, oldest first: the archived copy, then the kept ones in the order they were kept. */
export function storedVersions(article: ArchivedArticle, snapshots: readonly SnapshotRecord[]): StoredVersion[] {
  const kept = [...snapshots].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  return [archivedVersion(article), ...kept.map(snapshotVersion)];
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
  return parsed.kind === 'snapshot'
    ? { missing: `The kept version "${parsed.id}" is not in this article's history: it was removed, or the address is wrong.` }
    : { missing: 'The archived copy of this article could not be read.' };
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
