// A class set: a teacher's assignment (title, teacher's name, chosen articles,
// prompts anchored to passages) that goes out as ONE W3C JSON-LD collection.
// The prompts are the collection's annotations; what the model has no term for
// travels in a `sourcelight:classSet` block beside them, which tools that do
// not know it leave alone. A student imports the file as the teacher's layer
// (read-only, its id made from the set's, so a second import updates it).

import type { AnnotationRecord, Category, Layer } from './annotation.ts';
import { ImportError } from './errors.ts';
import { toW3CCollection } from './export-w3c.ts';
import { checkText, LIMITS } from './field-rules.ts';
import { type ImportedAnnotation, type Json, parseImport } from './import.ts';

export const CLASS_SET_KEY = 'sourcelight:classSet';
/** The file format this code writes; a file with a higher number comes from a newer Sourcelight. */
export const CLASS_FILE_VERSION = 1;

export type ClassSetRole = 'teacher' | 'student';

export interface ClassSetArticle {
  corpusId: string;
  title: string;
  /** An address of the article (where a student reads it). */
  url: string;
}

/** What a class set says about itself (the file's `sourcelight:classSet` block, and the layer's). */
export interface ClassSetSummary {
  /** `urn:uuid:…`, the same in the teacher's file, every student's layer and every hand-in. */
  id: string;
  title: string;
  teacher: string;
  articles: ClassSetArticle[];
  created: string;
  /** The teacher's class list (who should hand in); kept on the teacher's side, never exported. */
  roster?: string[];
}

/** What a hand-in says about itself (see hand-in.ts). */
export interface HandInSummary {
  setId: string;
  setTitle: string;
  student: string;
  handedIn: string;
}

export const NAME_CHARS = 120;
export const TITLE_CHARS = 200;
export const MAX_SET_ARTICLES = 50;

const SET_ID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The layer id a set is stored under, on the teacher's side and every student's. */
export function classSetLayerId(setId: string): string {
  return `classset-${setId.slice('urn:uuid:'.length)}`;
}

/** A name or title: plain text, spaces collapsed, not empty, not too long. */
export function cleanName(field: string, value: unknown, max: number): string {
  if (typeof value !== 'string') throw new ImportError(`${field} must be text.`);
  try {
    checkText(field, value, max * 4);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
  const clean = value.replace(/\s+/g, ' ').trim();
  if (!clean) throw new ImportError(`${field} is empty.`);
  if (clean.length > max) throw new ImportError(`${field} is too long (limit ${max} characters).`);
  return clean;
}

export interface NewClassSet {
  title: string;
  teacher: string;
  articles: ClassSetArticle[];
  roster?: string[];
}

/** Checks what the teacher typed and makes the set (a fresh id). */
export function makeClassSet(input: NewClassSet, now: Date, newId: () => string = () => crypto.randomUUID()): ClassSetSummary {
  const title = cleanName('The set’s title', input.title, TITLE_CHARS);
  const teacher = cleanName('The teacher’s name', input.teacher, NAME_CHARS);
  if (input.articles.length === 0) throw new ImportError('Choose at least one article for the set.');
  if (input.articles.length > MAX_SET_ARTICLES) throw new ImportError(`A set holds at most ${MAX_SET_ARTICLES} articles.`);
  const set: ClassSetSummary = { id: `urn:uuid:${newId().toLowerCase()}`, title, teacher, articles: input.articles.map(checkArticle), created: now.toISOString() };
  const roster = [...new Set((input.roster ?? []).map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  if (roster.length > 0) set.roster = roster.map((n) => cleanName('A student’s name', n, NAME_CHARS));
  return set;
}

function checkArticle(value: unknown): ClassSetArticle {
  if (typeof value !== 'object' || value === null) throw new ImportError('An article of the set is not an object.');
  const a = value as Record<string, unknown>;
  const corpusId = cleanName('An article id', a.corpusId, LIMITS.idChars);
  if (!/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(corpusId)) throw new ImportError(`The article id ${JSON.stringify(corpusId)} has characters Sourcelight does not use.`);
  const url = cleanName('An article address', a.url, LIMITS.urlChars);
  if (!/^https?:\/\/\S+$/.test(url)) throw new ImportError(`The article address ${JSON.stringify(url)} is not a web address.`);
  return { corpusId, title: cleanName('An article title', a.title, 2_000), url };
}

/** The teacher's layer for a set. */
export function classSetLayer(set: ClassSetSummary, role: ClassSetRole, now: Date): Layer {
  const layer: Layer = { id: classSetLayerId(set.id), name: set.title, kind: 'imported', classSet: { ...set, role } };
  if (role === 'student') {
    layer.importedAt = now.toISOString();
    delete layer.classSet?.roster;
  }
  return layer;
}

/** The set as one W3C JSON-LD collection: the prompts as annotations, the set in its block (without the roster). */
export function exportClassSet(set: ClassSetSummary, prompts: readonly AnnotationRecord[], categories: readonly Category[]): string {
  const collection = toW3CCollection(prompts, { categories, label: `${set.title} — ${set.teacher}`, id: set.id });
  const { roster: _private, ...shared } = set;
  return `${JSON.stringify({ ...collection, [CLASS_SET_KEY]: { version: CLASS_FILE_VERSION, ...shared } }, null, 2)}\n`;
}

/** Reads a class file's JSON and its Sourcelight block; refuses what is not one, or comes from a newer version. */
export function readClassFile(text: string, key: string, what: string): { doc: Record<string, Json>; block: Record<string, Json> } {
  let doc: Json;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch (error) {
    throw new ImportError(`The file is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new ImportError(`The file is not ${what}.`);
  const block = doc[key];
  if (typeof block !== 'object' || block === null || Array.isArray(block)) throw new ImportError(`The file is not ${what} (it has no ${key} block).`);
  const version = block.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ImportError(`The file's ${key} block has no valid version.`);
  if (version > CLASS_FILE_VERSION) {
    throw new ImportError(`The file was made by a newer version of Sourcelight (format ${version}; this one reads format ${CLASS_FILE_VERSION}). Update Sourcelight, then import it again. Nothing was imported.`);
  }
  return { doc, block };
}

/** The prompts (or a hand-in's highlights) of a class file; none is fine. */
export function classFileAnnotations(text: string, doc: Record<string, Json>): ReturnType<typeof parseImport> {
  if (typeof doc.total === 'number' && doc.total === 0 && doc.first === undefined) return { annotations: [], categories: [], layers: [], label: null };
  return parseImport(text);
}

export interface ParsedClassSet {
  set: ClassSetSummary;
  prompts: ImportedAnnotation[];
  categories: Category[];
}

/** Checks a class set file whole; throws ImportError naming the problem. */
export function parseClassSet(text: string): ParsedClassSet {
  const { doc, block } = readClassFile(text, CLASS_SET_KEY, 'a Sourcelight class set');
  const id = block.id;
  if (typeof id !== 'string' || !SET_ID.test(id)) throw new ImportError('The class set has no valid id.');
  if (!Array.isArray(block.articles) || block.articles.length === 0) throw new ImportError('The class set names no articles.');
  if (block.articles.length > MAX_SET_ARTICLES) throw new ImportError(`The class set names more than ${MAX_SET_ARTICLES} articles.`);
  const created = typeof block.created === 'string' && !Number.isNaN(Date.parse(block.created)) ? new Date(block.created).toISOString() : null;
  if (!created) throw new ImportError('The class set has no valid creation date.');
  const set: ClassSetSummary = {
    id,
    title: cleanName('The set’s title', block.title, TITLE_CHARS),
    teacher: cleanName('The teacher’s name', block.teacher, NAME_CHARS),
    articles: block.articles.map(checkArticle),
    created,
  };
  const { annotations, categories } = classFileAnnotations(text, doc);
  return { set, prompts: annotations, categories };
}
