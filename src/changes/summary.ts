// The one line that says what changed, for the panel's verdict line:
// "edited since the archived copy: 2 paragraphs changed, 1 removed".
import type { ChangeCounts } from './types.ts';

/** Whether anything changed at all. */
export function hasChanges(counts: ChangeCounts): boolean {
  return counts.changed + counts.removed + counts.added + counts.moved > 0;
}

/**
 * "edited since the archived copy: 2 paragraphs changed, 1 removed, 1 added,
 * 1 moved", or null when nothing changed. `since` names the earlier version.
 */
export function changeSummary(counts: ChangeCounts, since = 'the archived copy'): string | null {
  const parts: string[] = [];
  for (const [count, verb] of [
    [counts.changed, 'changed'],
    [counts.removed, 'removed'],
    [counts.added, 'added'],
    [counts.moved, 'moved'],
  ] as const) {
    if (count === 0) continue;
    parts.push(parts.length === 0 ? `${count} paragraph${count === 1 ? '' : 's'} ${verb}` : `${count} ${verb}`);
  }
  return parts.length === 0 ? null : `edited since ${since}: ${parts.join(', ')}`;
}
