// Corpus packs: JSON Lines, one article per line,
// {"url","title","outlet","published","language","text"} (url and text required).
// Reading is all-or-nothing: the first bad line fails the whole file with an
// IngestError naming the file and line, so nothing of a broken pack is stored.
import type { CorpusArticle } from '../types.ts';
import { addedArticleId } from './article-id.ts';
import { isoDate } from './article-dates.ts';
import { type ExtractedArticle, IngestError } from './extracted-article.ts';
import { oversizeReason } from './text-size.ts';

const STRING_FIELDS = ['url', 'text', 'title', 'outlet', 'author', 'published', 'modified', 'language'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuses what is not text: NUL bytes, or the replacement character a lossy UTF-8 decoder leaves for bad bytes. */
function checkText(text: string, fileName: string): void {
  const nul = text.indexOf('\u0000');
  const bad = text.indexOf('\uFFFD');
  const at = nul >= 0 ? nul : bad;
  if (at < 0) return;
  const line = text.slice(0, at).split('\n').length;
  const what = nul >= 0 ? 'a NUL byte' : 'bytes that are not valid UTF-8';
  throw new IngestError(`${fileName}: line ${line}: not a text file (${what}); a corpus pack is UTF-8 JSON Lines`);
}

function parseLine(line: string, where: string): ExtractedArticle {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new IngestError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(value)) throw new IngestError(`${where}: each line must be a JSON object {"url", "text", …}`);
  for (const key of STRING_FIELDS) {
    if (value[key] !== undefined && value[key] !== null && typeof value[key] !== 'string') {
      throw new IngestError(`${where}: "${key}" must be a string`);
    }
  }
  const url = value.url as string | undefined;
  const text = value.text as string | undefined;
  if (!url?.trim()) throw new IngestError(`${where}: "url" is required`);
  if (!text?.trim()) throw new IngestError(`${where}: "text" is required`);
  const oversize = oversizeReason(text);
  if (oversize) throw new IngestError(`${where}: ${oversize}`);
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new IngestError(`${where}: "url" must be an absolute address, got "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new IngestError(`${where}: "url" must be an http(s) address, got "${url}"`);
  try {
    isoDate(value.published as string | undefined, 'published');
    isoDate(value.modified as string | undefined, 'modified');
  } catch (error) {
    throw new IngestError(`${where}: ${(error as Error).message}`);
  }
  const article: ExtractedArticle = { url: url.trim(), text };
  for (const key of ['title', 'outlet', 'author', 'published', 'modified', 'language'] as const) {
    const v = value[key];
    if (typeof v === 'string' && v.trim() !== '') article[key] = v;
  }
  if (Array.isArray(value.addresses)) article.addresses = value.addresses.filter((a): a is string => typeof a === 'string');
  return article;
}

/** An article of a pack with the line it came from (errors found later still name it). */
export interface PackLine {
  line: number;
  article: ExtractedArticle;
}

/**
 * The articles of a pack with their line numbers, one at a time, the same text
 * once (its first line wins); throws an IngestError naming the file and line.
 * A caller on a page can pause between articles to keep the page responsive.
 */
export function* corpusPackLines(text: string, fileName: string): Generator<PackLine> {
  checkText(text, fileName);
  const body = text.replace(/^\uFEFF/, '');
  const seen = new Set<string>();
  let found = 0;
  let start = 0;
  for (let line = 1; start <= body.length; line++) {
    const end = body.indexOf('\n', start);
    const raw = body.slice(start, end < 0 ? body.length : end).replace(/\r$/, '');
    start = end < 0 ? body.length + 1 : end + 1;
    if (raw.trim() === '') continue;
    const article = parseLine(raw, `${fileName}: line ${line}`);
    const id = addedArticleId(article.text);
    if (seen.has(id)) continue;
    seen.add(id);
    found++;
    yield { line, article };
  }
  if (found === 0) throw new IngestError(`${fileName}: the pack holds no article (one JSON object per line)`);
}

/** The articles of a pack with their line numbers, the same text once (its first line wins). All-or-nothing. */
export function readCorpusPackLines(text: string, fileName: string): PackLine[] {
  return [...corpusPackLines(text, fileName)];
}

/** The articles of a pack, the same text once (its first line wins). All-or-nothing: IngestError naming file and line. */
export function readCorpusPack(text: string, fileName: string): ExtractedArticle[] {
  return readCorpusPackLines(text, fileName).map((l) => l.article);
}

/** A pack of the given articles, one line each; readCorpusPack reads it back to the same articles. */
export function writeCorpusPack(articles: readonly CorpusArticle[]): string {
  return articles
    .map((a) => {
      const line: Record<string, string> = { url: a.addresses[0] ?? '', title: a.headline, outlet: a.outletName };
      // The dates the source gave, not those worked out from the dateline or address: those are worked out again.
      if (a.sourceDates?.published) line.published = a.sourceDates.published;
      if (a.sourceDates?.modified) line.modified = a.sourceDates.modified;
      line.language = a.language;
      if (a.author) line.author = a.author;
      line.text = a.text;
      const json: Record<string, unknown> = { ...line };
      if (a.addresses.length > 1) json.addresses = a.addresses.slice(1);
      return JSON.stringify(json);
    })
    .map((l) => `${l}\n`)
    .join('');
}
