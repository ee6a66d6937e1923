// The class view as CSV (with a byte order mark, see export-csv.ts): one row
// per student per passage, a row for a prompt nobody found, and one per
// student on the class list who has not handed in.

import type { ClassView } from './class-view.ts';
import { csvText } from './export-csv.ts';

export const CLASS_VIEW_COLUMNS = ['Article', 'Passage', 'Teacher’s prompt', 'Found by', 'Of', 'Student', 'Note'] as const;

export function exportClassViewCsv(view: ClassView): string {
  const of = String(view.handedIn.length);
  const rows: string[][] = [[...CLASS_VIEW_COLUMNS]];
  for (const article of view.articles) {
    for (const p of article.passages) {
      const base = [article.title, p.quote, p.prompt ?? '', String(p.found), of];
      if (p.students.length === 0) rows.push([...base, '', '']);
      for (const s of p.students) rows.push([...base, s.student, s.note]);
    }
  }
  for (const name of view.missing) rows.push(['', '', '', '', '', name, 'not handed in']);
  return csvText(rows);
}
