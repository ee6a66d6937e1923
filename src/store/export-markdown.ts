// Markdown export for classes: highlights grouped by corpus article (or page
// when the page is not a corpus article), quote as a block quote, then the
// note. It reads as plain text: only what would format the document or open
// HTML is escaped (CommonMark's backslash escapes, which render as the bare
// character), so "Cold War-era" stays as written, while a note can neither
// format the document nor inject HTML when the Markdown is rendered.

import type { AnnotationRecord, Category } from './annotation.ts';
import { KIND_WORDS, originWord, speakerWords } from './export-words.ts';

// Anywhere in a line: code spans, emphasis, links and images, raw HTML, entities, escapes.
const INLINE_SYNTAX = /[\\`*[\]<~]|&(?=#?[A-Za-z0-9]+;)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;
// Only at a line's start: headings, quotes, list items, thematic breaks, tables, setext underlines.
const LINE_START_SYNTAX = /^(\s*)([#>+\-=|]|\d+(?=[.)]))/gm;

/** Escapes text for use inside Markdown with backslashes, only where a character would be read as syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SYNTAX, (syntax) => syntax.replace(/^./, (ch) => `\\${ch}`))
    .replace(LINE_START_SYNTAX, (_all, space: string, mark: string) =>
      /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

/** Block-quotes possibly multi-line text (each line escaped). */
function blockQuote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

/** A link to the page if it is a plain web address, else the address as escaped text. */
function pageLink(url: string): string {
  // normalizePageUrl output is percent-encoded; refuse anything that could break out of <...>.
  if (/^https?:\/\/[^\s<>]+$/.test(url)) return `<${url}>`;
  return escapeMarkdown(url);
}

export interface MarkdownExportOptions {
  categories: readonly Category[];
  title?: string;
  /** Headline per corpus id, when known. */
  articleTitles?: ReadonlyMap<string, string>;
}

export function exportMarkdown(records: readonly AnnotationRecord[], options: MarkdownExportOptions): string {
  const categories = new Map(options.categories.map((c) => [c.id, c.label]));
  const groups = new Map<string, AnnotationRecord[]>();
  for (const r of records) {
    if (r.deletedAt !== undefined) continue;
    const key = r.corpusId !== null ? `article\u0000${r.corpusId}` : `page\u0000${r.pageUrl}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out: string[] = [`# ${escapeMarkdown(options.title ?? 'Sourcelight highlights')}`, ''];
  for (const list of groups.values()) {
    list.sort((a, b) => a.selectors.position.start - b.selectors.position.start);
    const first = list[0]!;
    const headline = first.corpusId !== null ? options.articleTitles?.get(first.corpusId) : undefined;
    out.push(`## ${escapeMarkdown(headline ?? first.corpusId ?? first.pageUrl)}`, '');
    const addresses = [...new Set(list.map((r) => r.pageUrl))];
    for (const address of addresses) out.push(`Page: ${pageLink(address)}  `);
    out.push('');
    for (const r of list) {
      const label = categories.get(r.categoryId) ?? r.categoryId;
      const heading = r.statement
        ? `${originWord(r)} · ${KIND_WORDS[r.statement.kind]} · ${speakerWords(r.statement)}`
        : `${originWord(r)} · ${label}`;
      out.push(`### ${escapeMarkdown(heading)}`, '', blockQuote(r.selectors.quote.exact), '');
      if (r.note) out.push(r.note.split(/\r\n|\r|\n/).map(escapeMarkdown).join('  \n'), ''); // hard line breaks
      if (r.tags.length > 0) out.push(`Tags: ${r.tags.map(escapeMarkdown).join(', ')}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
