// Same event: two articles whose focal dates (event date, dates in the lead)
// fall within a day of each other AND that share specific entities (people,
// places, organisations beyond the corpus theme). A date alone is not enough
// (two summits can share a day), nor are shared names alone (threads).
import type { ArticleProfile } from './article-profile.ts';
import type { CorpusStatistics } from './corpus-statistics.ts';
import { daysBetween } from './dates.ts';

export interface SameEventMatch {
  /** The focal date both articles are about (the earlier of the two when they differ by a day; the earliest when several match). */
  eventDate: string;
  /** Display names of the specific entities both carry. */
  sharedEntities: string[];
}

/**
 * How the article a panel is showing stands to the shared event: it reports
 * it, or (its own event date is earlier) it previews it — Sputnik's 1 Dec
 * preview of the 4 Dec meeting — or (later) it follows it up. A panel can
 * then say "previews the event of 4 Dec" instead of contradicting the
 * article's own event date.
 */
export type EventRelation = 'report' | 'preview' | 'follow-up';

export function relationToEvent(ownEventDate: string | undefined, eventDate: string): EventRelation {
  const apart = ownEventDate ? daysBetween(ownEventDate, eventDate) : undefined;
  if (!ownEventDate || apart === undefined || apart <= MAX_DAYS_APART) return 'report';
  return ownEventDate < eventDate ? 'preview' : 'follow-up';
}

const MAX_DAYS_APART = 1;
const MIN_SHARED_ENTITIES = 3;

export function sameEvent(a: ArticleProfile, b: ArticleProfile, stats: CorpusStatistics): SameEventMatch | undefined {
  let eventDate: string | undefined;
  for (const da of a.focalDates) {
    for (const db of b.focalDates) {
      const apart = daysBetween(da, db);
      if (apart !== undefined && apart <= MAX_DAYS_APART) {
        const d = [da, db].sort()[0]!;
        if (!eventDate || d < eventDate) eventDate = d;
      }
    }
  }
  if (!eventDate) return undefined;
  const shared = [...a.keys.values()]
    .filter((k) => k.kind !== 'phrase' && !stats.theme.has(k.key) && b.keys.has(k.key))
    .map((k) => k.label);
  if (shared.length < MIN_SHARED_ENTITIES) return undefined;
  return { eventDate, sharedEntities: shared.sort() };
}
