// The changes as a report the reader can export: Markdown to read, JSON to
// process, each with both versions' addresses and dates. The later version is
// the live page (the Changes tab) or a kept version (two stored versions
// compared in the compare view).
import { changeSummary } from './summary.ts';
import type { ChangeSet, VersionInfo } from './types.ts';

/** The label of the live page as a version (the Changes tab's later side). */
export const LIVE_PAGE_LABEL = 'live page';

export interface ChangesReport {
  format: 'sourcelight-changes';
  version: 1;
  /** When the report was made (ISO 8601). */
  generated: string;
  earlier: VersionInfo;
  /** The later version: the live page, or a kept version when two stored versions are compared. */
  live: VersionInfo;
  summary: string;
  counts: ChangeSet['counts'];
  paragraphs: {
    status: string;
    moved: boolean;
    /** 1-based paragraph number in the earlier version, null for an added paragraph. */
    earlierParagraph: number | null;
    inserted: string[];
    removed: string[];
  }[];
}

export function changesReportJson(changes: ChangeSet, earlier: VersionInfo, live: VersionInfo, generated: Date = new Date()): ChangesReport {
  return {
    format: 'sourcelight-changes',
    version: 1,
    generated: generated.toISOString(),
    earlier,
    live,
    summary: changeSummary(changes.counts, `the ${earlier.label}`) ?? `no change since the ${earlier.label}`,
    counts: changes.counts,
    paragraphs: changes.paragraphs
      .filter((c) => c.status !== 'unchanged' || c.moved)
      .map((c) => ({
        status: c.status,
        moved: c.moved,
        earlierParagraph: c.paragraph === null ? null : c.paragraph + 1,
        inserted: c.inserted.map((i) => i.text),
        removed: c.removed.map((r) => r.text),
      })),
  };
}

/** Text inside Markdown: characters that would start markup are escaped. */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

function version(v: VersionInfo): string {
  return `${md(v.label)}: <${v.url.replace(/[<>\s]/g, encodeURIComponent)}>${v.date ? `, ${md(v.date)}` : ', date unknown'}`;
}

export function changesReportMarkdown(changes: ChangeSet, earlier: VersionInfo, live: VersionInfo, generated: Date = new Date()): string {
  const report = changesReportJson(changes, earlier, live, generated);
  const lines = [
    '# What changed',
    '',
    `- Earlier: ${version(earlier)}`,
    `- ${live.label === LIVE_PAGE_LABEL ? 'Now' : 'Later'}: ${version(live)}`,
    `- Report made ${report.generated}`,
    '',
    `**${md(report.summary)}**`,
    '',
  ];
  for (const p of report.paragraphs) {
    const where = p.earlierParagraph === null ? 'New paragraph' : `Paragraph ${p.earlierParagraph}`;
    const what = p.status === 'unchanged' ? 'moved' : `${p.status}${p.moved ? ', moved' : ''}`;
    lines.push(`## ${where} (${what})`, '');
    for (const text of p.removed) lines.push(`- removed: ~~${md(text)}~~`);
    for (const text of p.inserted) lines.push(`- inserted: **${md(text)}**`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
