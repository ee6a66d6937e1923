// The library page's search: every highlight and note, found by words from its
// quote, note, tags, speaker, category, page address or article, grouped by
// page and by corpus article. The index is built once from the records (one
// folded text per record); a query is a scan of those texts, which for ten
// thousand highlights takes a few milliseconds — no inverted index needed.

import { foldTypography } from '../text/normalize.ts';
import type { AnnotationRecord, Category } from './annotation.ts';

export interface LibraryGroup {
  /** The page address or the corpus id. */
  key: string;
  kind: 'page' | 'article';
  /** Headline when known, else the key. */
  title: string;
  /** Newest change first. */
  records: AnnotationRecord[];
}

export interface LibraryResult {
  /** Every match, newest change first. */
  matches: AnnotationRecord[];
  byPage: LibraryGroup[];
  /** Only records recognised as a corpus article. */
  byArticle: LibraryGroup[];
}

export interface LibraryFilter {
  categoryId?: string;
  layerId?: string;
  origin?: AnnotationRecord['origin'];
  /** Only highlights carrying this tag (compared without case). */
  tag?: string;
  /** Hidden highlights are left out unless asked for. */
  includeHidden?: boolean;
}

export interface LibraryIndexOptions {
  categories?: readonly Category[];
  /** Headline per corpus id: searchable and used as the group title. */
  articleTitles?: ReadonlyMap<string, string>;
}

/** Lower-case, typography and accents folded: "Lavrov’s Élan" → "lavrov's elan". */
export function foldForSearch(text: string): string {
  let folded = foldTypography(text);
  // Decomposing is the costly step: skip it for ASCII and for text it leaves unchanged.
  if (NON_ASCII.test(folded)) {
    const decomposed = folded.normalize('NFKD');
    if (decomposed !== folded) folded = decomposed.replace(MARKS, '');
  }
  folded = folded.toLowerCase();
  return LOOSE_SPACE.test(folded) ? folded.replace(SPACES, ' ') : folded;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the field separator (NUL) is ASCII too
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
// Any whitespace other than single spaces: only then is collapsing worth its cost.
const LOOSE_SPACE = /[^\S ]|\s\s/;
const SPACES = /\s+/g;
// Fields are joined with a character no query term contains, so a term never matches across two fields.
const FIELD_SEPARATOR = '\u0000';

/** Splits a query into folded terms; "double-quoted phrases" stay whole. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of foldForSearch(query).matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? '').trim();
    if (term) terms.push(term.replace(SPACES, ' '));
  }
  return terms;
}

export class LibraryIndex {
  private constructor(
    private readonly records: readonly AnnotationRecord[],
    private readonly texts: readonly string[],
    private readonly titles: ReadonlyMap<string, string>,
  ) {}

  /** Builds the index from the store's records (soft-deleted ones are left out). */
  static build(records: readonly AnnotationRecord[], options: LibraryIndexOptions = {}): LibraryIndex {
    const labels = new Map((options.categories ?? []).map((c) => [c.id, c.label]));
    const titles = options.articleTitles ?? new Map<string, string>();
    const live = records
      .filter((r) => r.deletedAt === undefined)
      .sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0));
    const texts = live.map((r) =>
      foldForSearch(
        [
          r.selectors.quote.exact,
          r.note,
          r.tags.join(' '),
          r.statement?.speaker ?? '',
          labels.get(r.categoryId) ?? r.categoryId,
          r.pageUrl,
          r.corpusId ?? '',
          r.corpusId ? (titles.get(r.corpusId) ?? '') : '',
        ].join(FIELD_SEPARATOR),
      ),
    );
    return new LibraryIndex(live, texts, titles);
  }

  get size(): number {
    return this.records.length;
  }

  /** Records matching every term of the query (an empty query lists all), grouped. */
  search(query: string, filter: LibraryFilter = {}): LibraryResult {
    const terms = queryTerms(query);
    const matches: AnnotationRecord[] = [];
    for (let i = 0; i < this.records.length; i++) {
      const r = this.records[i]!;
      if (r.hidden && !filter.includeHidden) continue;
      if (filter.categoryId !== undefined && r.categoryId !== filter.categoryId) continue;
      if (filter.layerId !== undefined && r.layerId !== filter.layerId) continue;
      if (filter.origin !== undefined && r.origin !== filter.origin) continue;
      if (filter.tag !== undefined && !r.tags.some((t) => t.toLowerCase() === filter.tag!.toLowerCase())) continue;
      const text = this.texts[i]!;
      if (terms.every((t) => text.includes(t))) matches.push(r);
    }
    return { matches, byPage: this.group(matches, 'page'), byArticle: this.group(matches, 'article') };
  }

  // Matches are newest first, so each group and the group order come out newest first too.
  private group(matches: readonly AnnotationRecord[], kind: 'page' | 'article'): LibraryGroup[] {
    const groups = new Map<string, LibraryGroup>();
    for (const r of matches) {
      const key = kind === 'page' ? r.pageUrl : r.corpusId;
      if (key === null) continue;
      let group = groups.get(key);
      if (!group) {
        const title = kind === 'article' ? (this.titles.get(key) ?? key) : key;
        group = { key, kind, title, records: [] };
        groups.set(key, group);
      }
      group.records.push(r);
    }
    return [...groups.values()];
  }
}
