// THE ingest pipeline: one ExtractedArticle in, one CorpusArticle out. It runs
// at build time on the five built-in articles (with their catalog entry) and in
// the worker on every article the reader adds, so every engine reads articles
// made the same way.
import { extractStatements } from '../../statements/extract.ts';
import type { PersonDirectory } from '../../statements/people.ts';
import type { Statement } from '../../statements/types.ts';
import { OUTLET_NAMES } from '../outlet-names.ts';
import type { BuiltinArticle, CatalogEntry, CorpusArticle } from '../types.ts';
import { addedArticleId } from './article-id.ts';
import { articleDates, findDateline } from './article-dates.ts';
import { bodyParagraphs } from './body-paragraphs.ts';
import { type ExtractedArticle, IngestError } from './extracted-article.ts';
import { detectLanguage, primaryLanguage } from './language.ts';
import { outletIdentity } from './outlet-identity.ts';
import { oversizeReason } from './text-size.ts';


export interface IngestOptions {
  /** When the reader added the article (ISO 8601); added articles only. */
  addedAt?: string;
  /** A built-in article's catalog entry: its id, outlet, dates, dateline and addresses are the catalog's. */
  catalogEntry?: CatalogEntry;
}

function absoluteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new IngestError(`"url" must be an absolute address, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IngestError(`"url" must be an http(s) address, got "${value}"`);
  return url.href;
}

/** The first sentence-like line as a headline when the source gives none. */
function fallbackHeadline(paragraphs: readonly string[]): string {
  const first = paragraphs[0]!;
  return first.length <= 120 ? first : `${first.slice(0, 117).replace(/\s+\S*$/, '')}…`;
}

export function ingestArticle(input: ExtractedArticle, options: { catalogEntry: CatalogEntry } & IngestOptions): BuiltinArticle;
export function ingestArticle(input: ExtractedArticle, options?: IngestOptions): CorpusArticle;
export function ingestArticle(input: ExtractedArticle, options: IngestOptions = {}): CorpusArticle {
  if (typeof input.text !== 'string' || input.text.trim() === '') throw new IngestError('the article has no text');
  const oversize = oversizeReason(input.text);
  if (oversize) throw new IngestError(oversize);
  if (typeof input.url !== 'string' || input.url.trim() === '') throw new IngestError('the article has no address ("url")');
  const paragraphs = bodyParagraphs(input.text);
  if (paragraphs.length === 0) throw new IngestError('the article has no text');
  const text = paragraphs.join('\n\n');

  const entry = options.catalogEntry;
  if (entry) {
    return {
      ...entry,
      source: 'builtin',
      outletName: OUTLET_NAMES[entry.outlet],
      language: primaryLanguage(input.language) ?? detectLanguage(text),
      paragraphs,
      text,
    };
  }

  const url = absoluteUrl(input.url);
  const addresses = [url];
  for (const a of input.addresses ?? []) {
    try {
      const href = absoluteUrl(a);
      if (!addresses.includes(href)) addresses.push(href);
    } catch {
      // Other addresses are hints; a malformed one is left out, the article stays.
    }
  }
  const outlet = outletIdentity(url, input.outlet);
  const found = findDateline(paragraphs[0]!);
  const article: CorpusArticle = {
    id: addedArticleId(text),
    source: 'added',
    outlet: outlet.id,
    outletName: outlet.name,
    headline: input.title?.replace(/\s+/g, ' ').trim() || fallbackHeadline(paragraphs),
    language: primaryLanguage(input.language) ?? detectLanguage(text),
    dates: articleDates({ url, published: input.published, modified: input.modified, dateline: found }),
    dateline: found ? { place: found.place, text: found.text } : null,
    addresses,
    paragraphs,
    text,
  };
  const author = input.author?.replace(/\s+/g, ' ').trim();
  if (author) article.author = author;
  const published = input.published?.trim();
  const modified = input.modified?.trim();
  if (published || modified) article.sourceDates = { ...(published ? { published } : {}), ...(modified ? { modified } : {}) };
  if (options.addedAt) article.addedAt = options.addedAt;
  return article;
}

/** The statements of an ingested article (quotes and reported claims with their speakers). */
export function articleStatements(article: Pick<CorpusArticle, 'text'>, people?: PersonDirectory): Statement[] {
  return extractStatements(article.text, people ? { people } : {});
}
