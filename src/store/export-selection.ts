// What an export holds and what its file is called. An export takes exactly
// what the library shows for the reader's choices (layer, kind, tag, search),
// and its file name says what is inside: the layer or set, the kind, the
// search, the student's name when known, and the day.

import type { AnnotationRecord, Category, Layer } from './annotation.ts';
import { type LibraryFilter, LibraryIndex } from './library-search.ts';

export interface ExportChoice {
  query: string;
  filter: LibraryFilter;
}

export interface SelectionContext {
  categories: readonly Category[];
  articleTitles: ReadonlyMap<string, string>;
}

/**
 * The records the library lists for this choice, newest change first. Highlights
 * the reader hid from the page go along (they are still theirs: a backup without
 * them would lose them).
 */
export function selectForExport(records: readonly AnnotationRecord[], choice: ExportChoice, context: SelectionContext): AnnotationRecord[] {
  const index = LibraryIndex.build([...records], { categories: context.categories, articleTitles: context.articleTitles });
  return index.search(choice.query, { ...choice.filter, includeHidden: true }).matches;
}

const KIND_NAMES = { reader: 'my highlights', statement: 'statements' } as const;

// Characters no common file system accepts in a name, and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const UNSAFE_IN_FILE_NAMES = /[\u0000-\u001f\u007f/\\:*?"<>|]+/g;
const FILE_NAME_CHARS = 150;

/** One part of a file name: unsafe characters dropped, spaces collapsed, not too long. */
export function fileNamePart(text: string): string {
  const clean = text.replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/^[\s.]+/, '').replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? clean.slice(0, 60).trimEnd() : clean;
}

/** "sourcelight — parts — day.extension", leaving out empty parts. */
export function fileName(parts: readonly string[], day: string, extension: string): string {
  const kept = ['sourcelight', ...parts.map(fileNamePart).filter(Boolean), day];
  const base = kept.join(' — ');
  return `${base.length > FILE_NAME_CHARS ? base.slice(0, FILE_NAME_CHARS).trimEnd() : base}.${extension}`;
}

/** The file name of a library export: what it holds (layer, kind, tag, search) and the day. */
export function exportFileName(choice: ExportChoice, layers: readonly Layer[], day: string, extension: string): string {
  const layer = choice.filter.layerId === undefined ? undefined : layers.find((l) => l.id === choice.filter.layerId);
  const parts = [
    layer ? layer.name : 'all layers',
    choice.filter.origin ? KIND_NAMES[choice.filter.origin] : '',
    choice.filter.tag ? `tag ${choice.filter.tag}` : '',
    choice.query.trim() ? `search ${choice.query.trim()}` : '',
  ];
  return fileName(parts, day, extension);
}
