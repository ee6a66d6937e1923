// The files a class passes around, built in the library page from the
// records (a page at a time, see transfer.ts): the teacher's set, a student's
// hand-in, and the hand-ins read one by one into the teacher's library.
import type { Layer } from '../../../src/store/annotation.ts';
import type { ImportOutcome } from '../../../src/store/annotation-store.ts';
import { exportClassSet } from '../../../src/store/class-set.ts';
import { ImportError } from '../../../src/store/errors.ts';
import { fileName } from '../../../src/store/export-selection.ts';
import { exportHandIn, handInRecords } from '../../../src/store/hand-in.ts';
import { DEFAULT_MAX_IMPORT_BYTES } from '../../../src/store/import.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { readAllRecords } from './transfer.ts';

export const JSONLD = 'application/ld+json';
const today = () => new Date().toISOString().slice(0, 10);

/** The teacher's set as one file: "sourcelight — class set — <title> — <teacher> — <day>.jsonld". */
export async function buildClassSetFile(layer: Layer): Promise<{ fileName: string; text: string; prompts: number }> {
  const set = layer.classSet;
  if (!set) throw new Error(`“${layer.name}” is not a class set.`);
  const [meta, records] = await Promise.all([askWorker('library/meta', {}), readAllRecords()]);
  const prompts = records.filter((r) => r.layerId === layer.id);
  return {
    fileName: fileName(['class set', set.title, set.teacher], today(), 'jsonld'),
    text: exportClassSet(set, prompts, meta.categories),
    prompts: prompts.length,
  };
}

/** A student's hand-in: their own highlights and notes on the set's articles, their name inside and in the file name. */
export async function buildHandInFile(layer: Layer, student: string): Promise<{ fileName: string; text: string; count: number }> {
  const set = layer.classSet;
  if (!set) throw new Error(`“${layer.name}” is not a class set.`);
  const [meta, records] = await Promise.all([askWorker('library/meta', {}), readAllRecords()]);
  const text = exportHandIn(records, { set, student, categories: meta.categories, now: new Date() });
  return { fileName: fileName(['hand-in', set.title, student], today(), 'jsonld'), text, count: handInRecords(records, set).length };
}

async function readSmallFile(file: File): Promise<string> {
  if (file.size > DEFAULT_MAX_IMPORT_BYTES / 25) throw new ImportError(`${file.name} is too large for a class file.`);
  return file.text();
}

export async function importClassSetFile(file: File): Promise<{ layer: Layer; outcome: ImportOutcome }> {
  return askWorker('class-sets/import', { text: await readSmallFile(file), fileName: file.name.slice(0, 300) });
}

export type HandInFileResult =
  | { kind: 'imported'; layer: Layer; outcome: ImportOutcome }
  | { kind: 'same-name'; student: string; setTitle: string };

/** One hand-in, all or nothing; `keepBoth` once the teacher said a second hand-in under the same name is wanted. */
export async function importHandInFile(file: File, keepBoth = false): Promise<HandInFileResult> {
  return askWorker('class-sets/import-hand-in', { text: await readSmallFile(file), fileName: file.name.slice(0, 300), ...(keepBoth ? { keepBoth } : {}) });
}
