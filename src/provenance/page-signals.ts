// Metadata a scraped page carries besides the story: pool footage credits,
// embargoes, copyright lines, archive record dates and ids, and site-wide
// "last updated" stamps. They are easy to mistake for the story's own date or
// author, so the article card lists them with what each one means.
import { parseFullDate } from '../crossrefs/dates.ts';
import type { MetadataSignal, MetadataSignalKind } from './types.ts';

interface SignalRule {
  kind: MetadataSignalKind;
  re: RegExp;
  note: string;
  /** Group holding a date, when the signal carries one. */
  dateGroup?: number;
}

const RULES: SignalRule[] = [
  {
    kind: 'pool-footage',
    re: /\(([A-Z][A-Z&.' -]*\bPOOL)\)/g,
    note: 'Footage from a pool (shared by several broadcasters); the pictures are not the publishing agency\'s own.',
  },
  {
    kind: 'copyright-holder',
    re: /\bCopyright Holder:\s*([^\n]+?)\s*(?=\s-\s|\n|$)/g,
    note: 'The holder of the footage\'s copyright, which may differ from the outlet that wrote the text.',
  },
  {
    kind: 'embargo',
    re: /\bEmbargo(?:ed)?(?: until)?\s*:?\s+([^\n]+?)\s*(?=\n|$)/g,
    note: 'An archive embargo: when the record could be released, not when the story happened.',
    dateGroup: 1,
  },
  {
    kind: 'copyright',
    re: /(?:\([cC]\)|©)\s*(?:Copyright\s+)?([A-Z][^\n.()]*?\s(?:19|20)\d\d)\b/g,
    note: 'A copyright line: its year is when the archive copy was made or claimed, not the story\'s date.',
  },
  {
    kind: 'site-update-stamp',
    re: /\b(?:last updated|updated)(?: on)?:?\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (?:19|20)\d\d)/gi,
    note: 'A site "last updated" stamp: often site-wide, so not evidence of when the article was written or changed.',
    dateGroup: 1,
  },
  {
    kind: 'record-date',
    re: /^-?\s*Date:\s*([^\n]+?)\s*$/gm,
    note: 'The archive record\'s date: when the record was filed, which can be a day or more after the event.',
    dateGroup: 1,
  },
  {
    kind: 'record-id',
    re: /\b(?:Reuters|Record|Story) ID:\s*([A-Z0-9]{6,})/g,
    note: 'The archive\'s identifier for the record.',
  },
];

/** Metadata signals found in a raw page text, ordered by position (offsets into `rawText`). */
export function detectPageSignals(rawText: string): MetadataSignal[] {
  const out: MetadataSignal[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(rawText); m; m = rule.re.exec(rawText)) {
      const signal: MetadataSignal = {
        kind: rule.kind,
        text: m[0].trim(),
        note: rule.note,
        source: 'this page',
        start: m.index,
        end: m.index + m[0].length,
      };
      const dated = rule.dateGroup !== undefined ? parseFullDate(m[rule.dateGroup] ?? '') : undefined;
      if (dated) signal.date = dated;
      else if (rule.kind === 'copyright') signal.date = m[0].match(/(?:19|20)\d\d/)?.[0];
      if (signal.date === undefined) delete signal.date;
      out.push(signal);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
