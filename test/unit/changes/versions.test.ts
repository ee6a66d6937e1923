// Two stored versions of one article compared with each other (the compare
// view): an edit both versions carry is no difference between them, the edit
// only the later one has is; versions are named in an address as "archived"
// or "snapshot:<id>", and a name that finds nothing says why.
import { describe, expect, it } from 'vitest';
import { changesReportJson, changesReportMarkdown } from '../../../src/changes/report.ts';
import { changeSummary } from '../../../src/changes/summary.ts';
import {
  archivedVersion,
  compareStoredVersions,
  findVersion,
  parseVersionRef,
  liveRef,
  snapshotRef,
  storedVersions,
} from '../../../src/changes/versions.ts';
import { LiveVersions, MAX_LIVE_VERSIONS } from '../../../src/changes/live-versions.ts';
import type { SnapshotRecord } from '../../../src/store/schema.ts';
import { MAX_SNAPSHOT_CHARS } from '../../../src/store/snapshot-store.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

const corpus = loadCompiledCorpus();
const article = corpus.articles.find((a) => a.id === 'sputnik-2008-09-27-lavrov-relations-not-frozen')!;
const quote = article.paragraphs.findIndex((p) => p.includes('Our relations are not frozen'));
const neighbour = article.paragraphs.findIndex((p, i) => i > quote + 1 && p.split(' ').length > 12);

/** The article with paragraph `p` passed through `edit`. */
const editedParagraphs = (paragraphs: readonly string[], p: number, edit: (text: string) => string) =>
  paragraphs.map((text, i) => (i === p ? edit(text) : text));

const firstEdit = editedParagraphs(article.paragraphs, quote, (t) => t.replace('are not frozen', 'are completely frozen'));
const secondEdit = editedParagraphs(firstEdit, neighbour, (t) => `${t.replace(/\.$/, '')}, officials said on Monday.`);

const snapshot = (id: string, takenAt: string, paragraphs: string[]): SnapshotRecord => ({
  id,
  corpusId: article.id,
  url: 'https://sputniknews.com/20080927/117172470.html',
  takenAt,
  paragraphs,
});
const kept = [snapshot('snapshot-b', '2026-12-01T22:40:05.000Z', secondEdit), snapshot('snapshot-a', '2026-12-01T22:30:00.000Z', firstEdit)];

describe('two kept versions compared', () => {
  it('the edit both carry is no difference; the later edit is, word by word', () => {
    expect(quote).toBeGreaterThanOrEqual(0);
    expect(neighbour).toBeGreaterThan(quote);
    const { changes, laterText } = compareStoredVersions(firstEdit, secondEdit);
    expect(changes.counts).toEqual({ changed: 1, removed: 0, added: 0, moved: 0 });
    expect(changes.paragraphs.find((c) => c.status === 'changed')?.paragraph).toBe(neighbour);
    expect(changes.inserted.map((i) => i.text)).toEqual(['officials said on Monday']);
    expect(changes.removed).toEqual([]);
    // Offsets of inserted text are into the later version's text (its paragraphs, one a line).
    expect(laterText.slice(changes.inserted[0]!.start, changes.inserted[0]!.end)).toBe('officials said on Monday');
    expect(laterText.split('\n')).toEqual(secondEdit);
  });

  it('the archived copy against the later one shows both edits, removed words placed in the earlier paragraph', () => {
    const { changes } = compareStoredVersions(article.paragraphs, secondEdit);
    expect(changes.counts.changed).toBe(2);
    expect(changes.inserted.map((i) => i.text)).toEqual(['completely', 'officials said on Monday']);
    expect(changes.removed).toHaveLength(1);
    const removed = changes.removed[0]!;
    expect(removed.text).toBe('not');
    expect(removed.paragraph).toBe(quote);
    expect(article.paragraphs[quote]!.slice(removed.earlierStart, removed.earlierEnd)).toBe('not');
  });

  it('compared the other way round, the later edit is a removal', () => {
    const { changes } = compareStoredVersions(secondEdit, firstEdit);
    expect(changes.inserted).toEqual([]);
    expect(changes.removed.map((r) => r.text)).toEqual(['officials said on Monday']);
  });

  it('the same version on both sides: no change', () => {
    const { changes } = compareStoredVersions(secondEdit, secondEdit);
    expect(changeSummary(changes.counts)).toBeNull();
  });

  it('a report for the pair names both kept versions, the later one as "Later"', () => {
    const [earlier, , later] = storedVersions(article, kept);
    const { changes } = compareStoredVersions(earlier!.paragraphs, later!.paragraphs);
    const md = changesReportMarkdown(changes, earlier!.info, later!.info, new Date('2026-12-01T23:00:00Z'));
    expect(md).toContain('- Earlier: archived copy: <https://sputniknews.com/20080927/117172470.html>, 2008-09-27');
    expect(md).toContain('- Later: version kept 2026-12-01 22:40:05 UTC: <https://sputniknews.com/20080927/117172470.html>, 2026-12-01T22:40:05.000Z');
    expect(changesReportJson(changes, earlier!.info, later!.info).live).toEqual({
      label: 'version kept 2026-12-01 22:40:05 UTC',
      url: 'https://sputniknews.com/20080927/117172470.html',
      date: '2026-12-01T22:40:05.000Z',
    });
  });
});

describe('versions named in an address', () => {
  it('lists the archived copy, then the kept versions oldest first', () => {
    const versions = storedVersions(article, kept);
    expect(versions.map((v) => v.ref)).toEqual(['archived', 'snapshot:snapshot-a', 'snapshot:snapshot-b']);
    expect(versions.map((v) => v.info.label)).toEqual(['archived copy', 'version kept 2026-12-01 22:30:00 UTC', 'version kept 2026-12-01 22:40:05 UTC']);
  });

  it('an added article is compared from the copy stored when it was added', () => {
    const added = archivedVersion({ ...article, source: 'added', addedAt: '2026-11-30T08:00:00.000Z' });
    expect(added.info).toEqual({ label: 'copy you added', url: article.addresses[0], date: '2026-11-30T08:00:00.000Z' });
  });

  it('reads "archived" and "snapshot:<id>", and refuses anything else with what is expected', () => {
    expect(parseVersionRef('archived')).toEqual({ kind: 'archived' });
    expect(parseVersionRef(snapshotRef('snapshot-x1'))).toEqual({ kind: 'snapshot', id: 'snapshot-x1' });
    expect(parseVersionRef(liveRef('9f3a'))).toEqual({ kind: 'live', id: '9f3a' });
    expect(() => parseVersionRef('snapshot:')).toThrow(/"archived", "snapshot:" followed by a kept version's id, or "live:"/);
    expect(() => parseVersionRef('live')).toThrow(/"live" names no version/);
  });

  it('finds a version, and says why when a kept one is gone', () => {
    const versions = storedVersions(article, kept);
    expect(findVersion(versions, 'snapshot:snapshot-b')).toEqual({ version: versions[2] });
    expect(findVersion(versions, 'snapshot:snapshot-gone')).toEqual({
      missing: 'The kept version "snapshot-gone" is not in this article\'s history: it was removed, or the address is wrong.',
    });
    expect(findVersion(versions, '')).toEqual({ missing: expect.stringMatching(/^"" names no version/) });
    expect(findVersion(versions, 'live:gone')).toEqual({ missing: expect.stringMatching(/^The live page's text is held only while .* open the comparison again from the page's Changes tab/) });
  });
});

describe('the live page handed to the compare view', () => {
  it('is held in memory, listed per article, named "live:<id>", and labelled as the live page in reports', () => {
    const held = new LiveVersions(() => new Date('2026-12-01T22:50:00Z'));
    const record = held.hold({ corpusId: article.id, url: 'https://sputniknews.com/20080927/117172470.html', paragraphs: secondEdit });
    expect(held.list(article.id)).toEqual([record]);
    expect(held.list('another-article')).toEqual([]);
    const versions = storedVersions(article, kept, held.list(article.id));
    expect(versions.map((v) => v.ref)).toEqual(['archived', 'snapshot:snapshot-a', 'snapshot:snapshot-b', `live:${record.id}`]);
    const live = versions[3]!;
    expect(live.info).toEqual({ label: 'live page', url: 'https://sputniknews.com/20080927/117172470.html', date: '2026-12-01T22:50:00.000Z' });
    const { changes } = compareStoredVersions(firstEdit, live.paragraphs);
    expect(changesReportMarkdown(changes, versions[1]!.info, live.info)).toContain('- Now: live page: <https://sputniknews.com/20080927/117172470.html>, 2026-12-01T22:50:00.000Z');
  });

  it('holds a few at a time, the oldest dropped first, and refuses a text longer than a snapshot may be', () => {
    const held = new LiveVersions();
    const records = Array.from({ length: MAX_LIVE_VERSIONS + 2 }, (_, i) => held.hold({ corpusId: article.id, url: 'https://x.test/', paragraphs: [`Version ${i}.`] }));
    expect(held.list(article.id)).toEqual(records.slice(2));
    expect(() => held.hold({ corpusId: article.id, url: 'https://x.test/', paragraphs: ['x'.repeat(MAX_SNAPSHOT_CHARS + 1)] })).toThrow(/over the 2,000,000/);
    expect(held.list(article.id)).toEqual(records.slice(2));
  });
});
