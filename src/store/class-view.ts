// The teacher's class view of a set: per article, each passage the students
// (or the teacher's prompts) marked, with who highlighted it and their notes,
// "N of M found" (M: the students who handed in), and who has not handed in.
// Highlights whose text overlaps are one passage: students rarely select the
// very same words.

import type { AnnotationRecord, Layer } from './annotation.ts';
import type { ClassSetSummary } from './class-set.ts';
import { handInLayers, onSetArticles, sameStudent } from './hand-in.ts';

export interface StudentMark {
  student: string;
  layerId: string;
  quote: string;
  note: string;
}

export interface ClassViewPassage {
  quote: string;
  start: number;
  end: number;
  /** The teacher's prompt on this passage, if any. */
  prompt: string | null;
  /** One per highlight, by student name. */
  marks: StudentMark[];
  /** The same, one entry per student (their notes joined). */
  students: StudentMark[];
  /** How many students highlighted it. */
  found: number;
}

export interface ClassViewArticle {
  corpusId: string;
  title: string;
  url: string;
  passages: ClassViewPassage[];
}

export interface ClassView {
  set: ClassSetSummary;
  /** Students who handed in, by name. */
  handedIn: string[];
  /** Names on the class list with no hand-in. */
  missing: string[];
  articles: ClassViewArticle[];
}

interface Item {
  record: AnnotationRecord;
  student: string | null;
}

const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

export function buildClassView(setLayer: Layer, layers: readonly Layer[], records: readonly AnnotationRecord[]): ClassView {
  const set = setLayer.classSet;
  if (!set) throw new Error(`“${setLayer.name}” is not a class set.`);
  const students = new Map(handInLayers(layers, set.id).map((l) => [l.id, l.handIn!.student]));
  const handedIn = [...new Set(students.values())].sort(byName);
  const missing = (set.roster ?? []).filter((name) => !handedIn.some((h) => sameStudent(h.replace(/ \(\d+\)$/, ''), name)));
  const items: Item[] = [];
  for (const r of records) {
    if (r.deletedAt !== undefined) continue;
    if (r.layerId === setLayer.id) items.push({ record: r, student: null });
    else if (students.has(r.layerId)) items.push({ record: r, student: students.get(r.layerId)! });
  }
  const articles = set.articles.map((article) => {
    const on = items.filter((i) => onSetArticles(i.record, { articles: [article] }));
    return { corpusId: article.corpusId, title: article.title, url: article.url, passages: passagesOf(on) };
  });
  return { set, handedIn, missing, articles };
}

/** Groups overlapping highlights into passages, in text order. */
function passagesOf(items: readonly Item[]): ClassViewPassage[] {
  const sorted = [...items].sort((a, b) => a.record.selectors.position.start - b.record.selectors.position.start);
  const clusters: Item[][] = [];
  let end = -1;
  for (const item of sorted) {
    const { start, end: itemEnd } = item.record.selectors.position;
    if (clusters.length > 0 && start < end) {
      clusters[clusters.length - 1]!.push(item);
      end = Math.max(end, itemEnd);
    } else {
      clusters.push([item]);
      end = itemEnd;
    }
  }
  return clusters.map(toPassage);
}

function toPassage(cluster: readonly Item[]): ClassViewPassage {
  const prompts = cluster.filter((i) => i.student === null).map((i) => i.record);
  const marks: StudentMark[] = cluster
    .filter((i) => i.student !== null)
    .map((i) => ({ student: i.student!, layerId: i.record.layerId, quote: i.record.selectors.quote.exact, note: i.record.note }))
    .sort((a, b) => byName(a.student, b.student));
  const perStudent = new Map<string, StudentMark>();
  for (const m of marks) {
    const seen = perStudent.get(m.layerId);
    if (!seen) perStudent.set(m.layerId, { ...m });
    else if (m.note) seen.note = seen.note ? `${seen.note}\n${m.note}` : m.note;
  }
  return {
    quote: prompts[0]?.selectors.quote.exact ?? mostCommon(marks.map((m) => m.quote)),
    start: Math.min(...cluster.map((i) => i.record.selectors.position.start)),
    end: Math.max(...cluster.map((i) => i.record.selectors.position.end)),
    prompt: prompts.map((p) => p.note).filter(Boolean).join('\n') || null,
    marks,
    students: [...perStudent.values()],
    found: perStudent.size,
  };
}

function mostCommon(quotes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q, (counts.get(q) ?? 0) + 1);
  let best = quotes[0] ?? '';
  for (const [q, n] of counts) if (n > (counts.get(best) ?? 0)) best = q;
  return best;
}

/** "3 of 24 found this passage". */
export function foundText(found: number, of: number): string {
  return `${found} of ${of} found this passage`;
}
