// The summary line, the Markdown and JSON reports, and the questions the
// overlay asks of a change set (is this statement in changed text? is this
// orphan explained by a removal?).
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/changes/compare.ts';
import { explainedByRemoval, touchesInsertedText } from '../../../src/changes/overlap.ts';
import { changesReportJson, changesReportMarkdown } from '../../../src/changes/report.ts';
import { changeSummary, hasChanges } from '../../../src/changes/summary.ts';
import type { VersionInfo } from '../../../src/changes/types.ts';

const earlier = [
  'MOSCOW, June 26 (RIA Novosti) - Russia said on Tuesday that its cooperation with the alliance depends on reform.',
  '"We will decide after the summit," the minister told reporters in the capital on Tuesday evening.',
  'The ministry declined to say when the talks would resume, citing the schedule of the council.',
  'Officials on both sides have described the relationship as difficult but workable in recent weeks.',
];
const live = [
  'Menu',
  'MOSCOW, June 26 (RIA Novosti) - Russia said on Tuesday that its cooperation with the alliance depends on reform.',
  '"We will never decide before the summit," the minister told reporters in the capital on Tuesday evening.',
  'Officials on both sides have described the relationship as difficult but workable in recent weeks.',
  'Correction: an earlier version of this story misstated the day of the briefing, which was on Tuesday.',
  'Share',
].join('\n');
const changes = compareVersions(earlier, live);
const archived: VersionInfo = { label: 'archived copy', url: 'https://sputniknews.com/russia/2007062667821938/', date: '2007-06-26' };
const now: VersionInfo = { label: 'live page', url: 'https://sputniknews.com/russia/2007062667821938/?x=<1>', date: '2026-12-01T10:00:00.000Z' };

describe('summary line', () => {
  it('counts each kind once, the first with "paragraph"', () => {
    expect(changes.counts).toEqual({ changed: 1, removed: 1, added: 1, moved: 0 });
    expect(changeSummary(changes.counts)).toBe('edited since the archived copy: 1 paragraph changed, 1 removed, 1 added');
    expect(changeSummary({ changed: 2, removed: 1, added: 0, moved: 0 })).toBe('edited since the archived copy: 2 paragraphs changed, 1 removed');
    expect(changeSummary({ changed: 0, removed: 0, added: 0, moved: 3 }, 'the snapshot of 1 December 2026')).toBe(
      'edited since the snapshot of 1 December 2026: 3 paragraphs moved',
    );
    expect(changeSummary({ changed: 0, removed: 0, added: 0, moved: 0 })).toBeNull();
    expect(hasChanges(changes.counts)).toBe(true);
  });
});

describe('reports', () => {
  const generated = new Date('2026-12-01T12:00:00Z');

  it('JSON carries both versions with their addresses and dates, and every change', () => {
    const report = changesReportJson(changes, archived, now, generated);
    expect(report).toMatchObject({ format: 'sourcelight-changes', version: 1, generated: '2026-12-01T12:00:00.000Z', earlier: archived, live: now });
    expect(report.summary).toBe('edited since the archived copy: 1 paragraph changed, 1 removed, 1 added');
    expect(report.paragraphs).toEqual([
      { status: 'changed', moved: false, earlierParagraph: 2, inserted: ['never', 'before'], removed: ['after'] },
      { status: 'removed', moved: false, earlierParagraph: 3, inserted: [], removed: [earlier[2]] },
      { status: 'added', moved: false, earlierParagraph: null, inserted: [expect.stringMatching(/^Correction: an earlier version/)], removed: [] },
    ]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('Markdown names both versions and escapes page text', () => {
    const md = changesReportMarkdown(changes, archived, now, generated);
    expect(md).toContain('- Earlier: archived copy: <https://sputniknews.com/russia/2007062667821938/>, 2007-06-26');
    expect(md).toContain('- Now: live page: <https://sputniknews.com/russia/2007062667821938/?x=%3C1%3E>, 2026-12-01T10:00:00.000Z');
    expect(md).toContain('## Paragraph 2 (changed)');
    expect(md).toContain('- removed: ~~after~~');
    expect(md).toContain('- inserted: **never**');
    expect(md).toContain('## Paragraph 3 (removed)');
    expect(md).toContain('## New paragraph (added)');
    const hostile = compareVersions(earlier, live.replace('Officials on both', 'Officials <script>x</script> on *both*'));
    expect(changesReportMarkdown(hostile, archived, now, generated)).toContain('**script\\>x\\</script**');
  });
});

describe('statements and highlights in changed text', () => {
  it('a passage over inserted words is in changed text; one elsewhere is not', () => {
    const at = live.indexOf('never');
    expect(touchesInsertedText(changes, at - 5, at + 2)).toBe(true);
    const unchanged = live.indexOf('Officials');
    expect(touchesInsertedText(changes, unchanged, unchanged + 20)).toBe(false);
  });

  it('an orphan whose quote is in a removed passage is explained by it', () => {
    expect(explainedByRemoval(changes, 'declined to say when the talks would resume')).toBe(true);
    expect(explainedByRemoval(changes, 'described the relationship as difficult')).toBe(false);
    expect(explainedByRemoval(changes, '')).toBe(false);
  });
});
