// A student's hand-in: their own highlights and notes on the set's articles
// (not the statements Sourcelight found, not the teacher's or any other
// layer), as one W3C JSON-LD collection with a `sourcelight:handIn` block that
// names the set and the student. The teacher imports each into its own layer.

import { type AnnotationRecord, type Category, type Layer, OWN_LAYER_ID } from './annotation.ts';
import { CLASS_SET_KEY, type ClassSetSummary, classFileAnnotations, cleanName, type HandInSummary, NAME_CHARS, readClassFile, TITLE_CHARS } from './class-set.ts';
import { ImportError } from './errors.ts';
import { toW3CCollection } from './export-w3c.ts';
import type { ImportedAnnotation } from './import.ts';
import { normalizePageUrl } from './page-key.ts';

export const HAND_IN_KEY = 'sourcelight:handIn';
const HAND_IN_VERSION = 1;

/** Whether a record is on one of the set's articles (by corpus id, or by address for a page not recognised). */
export function onSetArticles(record: AnnotationRecord, set: Pick<ClassSetSummary, 'articles'>): boolean {
  if (record.corpusId !== null) return set.articles.some((a) => a.corpusId === record.corpusId);
  return set.articles.some((a) => {
    try {
      return normalizePageUrl(a.url) === record.pageUrl;
    } catch {
      return false;
    }
  });
}

/** The student's own live highlights and notes on the set's articles: what a hand-in holds. */
export function handInRecords(records: readonly AnnotationRecord[], set: Pick<ClassSetSummary, 'articles'>): AnnotationRecord[] {
  return records.filter((r) => r.layerId === OWN_LAYER_ID && r.origin === 'reader' && r.deletedAt === undefined && onSetArticles(r, set));
}

export interface HandInOptions {
  set: ClassSetSummary;
  student: string;
  categories: readonly Category[];
  now: Date;
}

/** The hand-in file: the records (see handInRecords) with the set and the student named inside. */
export function exportHandIn(records: readonly AnnotationRecord[], options: HandInOptions): string {
  const student = cleanName('Your name', options.student, NAME_CHARS);
  const mine = handInRecords(records, options.set);
  const collection = toW3CCollection(mine, { categories: options.categories, label: `${options.set.title} — ${student}` });
  const handIn = { version: HAND_IN_VERSION, setId: options.set.id, setTitle: options.set.title, teacher: options.set.teacher, student, handedIn: options.now.toISOString() };
  return `${JSON.stringify({ ...collection, [HAND_IN_KEY]: handIn }, null, 2)}\n`;
}

export interface ParsedHandIn {
  handIn: HandInSummary;
  annotations: ImportedAnnotation[];
  categories: Category[];
}

/** Checks a hand-in file whole; throws ImportError naming the problem. */
export function parseHandIn(text: string): ParsedHandIn {
  if (text.includes(`"${CLASS_SET_KEY}"`) && !text.includes(`"${HAND_IN_KEY}"`)) {
    throw new ImportError('This is a class set (the teacher’s file), not a student’s hand-in.');
  }
  const { doc, block } = readClassFile(text, HAND_IN_KEY, 'a Sourcelight hand-in');
  if (typeof block.setId !== 'string' || !block.setId.startsWith('urn:uuid:')) throw new ImportError('The hand-in does not say which class set it is for.');
  const handedIn = typeof block.handedIn === 'string' && !Number.isNaN(Date.parse(block.handedIn)) ? new Date(block.handedIn).toISOString() : null;
  if (!handedIn) throw new ImportError('The hand-in has no valid date.');
  const handIn: HandInSummary = {
    setId: block.setId,
    setTitle: cleanName('The set’s title', block.setTitle, TITLE_CHARS),
    student: cleanName('The student’s name', block.student, NAME_CHARS),
    handedIn,
  };
  const { annotations, categories } = classFileAnnotations(text, doc);
  const stray = annotations.find((a) => a.origin !== 'reader');
  if (stray) throw new ImportError('The hand-in holds a statement Sourcelight found; a hand-in holds only the student’s own highlights.');
  return { handIn, annotations, categories };
}

/** Names compared as a teacher would: case and spacing aside. */
export function sameStudent(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLocaleLowerCase() === b.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** The teacher's hand-in layers for a set. */
export function handInLayers(layers: readonly Layer[], setId: string): Layer[] {
  return layers.filter((l) => l.handIn?.setId === setId);
}

/** Why a hand-in cannot go into this teacher's library, or null when it can. */
export function refuseHandIn(handIn: HandInSummary, teacherSets: readonly Layer[]): string | null {
  if (teacherSets.some((l) => l.classSet?.role === 'teacher' && l.classSet.id === handIn.setId)) return null;
  const known = teacherSets.filter((l) => l.classSet?.role === 'teacher').map((l) => `“${l.classSet!.title}”`);
  return `${handIn.student}’s hand-in is for the set “${handIn.setTitle}”, which is not one of your class sets${known.length ? ` (yours: ${known.join(', ')})` : ''}. Nothing was imported from it.`;
}

/** The layer a hand-in is imported into (named after the student; a second one with the same name gets a number). */
export function handInLayer(handIn: HandInSummary, existing: readonly Layer[], now: Date, sourceName?: string): Layer {
  const same = handInLayers(existing, handIn.setId).filter((l) => sameStudent(l.handIn!.student.replace(/ \(\d+\)$/, ''), handIn.student)).length;
  const student = same === 0 ? handIn.student : `${handIn.student} (${same + 1})`;
  const layer: Layer = {
    id: `handin-${crypto.randomUUID()}`,
    name: `${student} — ${handIn.setTitle}`,
    kind: 'imported',
    importedAt: now.toISOString(),
    // Not drawn on the teacher's pages at first: a class's worth of layers on one article would bury it.
    // The class view shows them all; *Shown on the page* brings one back.
    hidden: true,
    handIn: { ...handIn, student },
  };
  if (sourceName) layer.sourceName = sourceName.slice(0, 2_048);
  return layer;
}
