// An article from an HTML document: @mozilla/readability finds the story on a
// clone (the reader's page is never touched), page-metadata.ts reads the rest.
// DOM only: runs in a tab, on the library page, or in Node on linkedom's
// Document (CLI, tests). Runs only when the reader asks to add a page.
import { Readability } from '@mozilla/readability';
import { words } from '../../text/normalize.ts';
import { type ExtractedArticle, IngestError } from './extracted-article.ts';
import { primaryLanguage } from './language.ts';
import { pageMetadata } from './page-metadata.ts';

/** Blocks whose text is a paragraph of the story. */
const BLOCKS = 'p, li, blockquote, pre, h2, h3, h4, h5, h6';
/** Story text below this many words in prose paragraphs is a log-in form, a teaser or a section page. */
const MIN_PROSE_WORDS = 60;
/** A paragraph this long, or ending a sentence, is story prose. */
const PROSE_WORDS = 20;
/** Above this share of its text in links, what Readability found is a list of teasers, not a story. */
const MAX_LINKED_SHARE = 0.5;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The story's paragraphs in reading order: innermost blocks only, link lists and captions left out. */
function storyParagraphs(root: Element): string[] {
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => el.querySelector(BLOCKS) === null && el.closest('figcaption, figure, nav, aside') === null);
  const out = blocks.map((el) => clean(el.textContent)).filter((t) => t.length > 0);
  if (out.length > 0) return out;
  return clean(root.textContent).length > 0 ? [clean(root.textContent)] : [];
}

/** Share of the text under `root` that sits in links. */
function linkedShare(root: Element): number {
  const total = clean(root.textContent).length;
  if (total === 0) return 0;
  const linked = Array.from(root.querySelectorAll('a')).reduce((n, a) => n + clean(a.textContent).length, 0);
  return linked / total;
}

function isProse(paragraph: string): boolean {
  const n = words(paragraph).length;
  return n >= PROSE_WORDS || (n >= 6 && /[.!?"'»\u201D\u2019]$/.test(paragraph));
}

/** "Headline | Site" or "Site - Headline" → "Headline". */
function withoutSiteName(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const parts = title.split(/\s+[|\u2013\u2014-]\s+/);
  const rest = parts.filter((p) => p.toLowerCase() !== siteName.toLowerCase());
  return rest.length > 0 && rest.length < parts.length ? rest.join(' - ') : title;
}

/** Short lines before the story's first prose paragraph: release numbers, bylines, dates. */
function dropLeadingNonProse(paragraphs: string[]): string[] {
  const first = paragraphs.findIndex(isProse);
  if (first <= 0) return paragraphs;
  return [...paragraphs.slice(0, first).filter((p) => words(p).length >= 12), ...paragraphs.slice(first)];
}

function httpAddress(candidate: string | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    const u = new URL(candidate);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The article of `doc`, shown at `url` (the tab's address, or the saved file's).
 * The canonical address is <link rel=canonical>, else og:url, else JSON-LD's, else `url`.
 * IngestError when the page holds no article or has no web address.
 */
export function extractArticleFromDocument(doc: Document, url: string): ExtractedArticle {
  const meta = pageMetadata(doc, url);
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  const root = parsed?.content as Element | null | undefined;
  const paragraphs = root ? dropLeadingNonProse(storyParagraphs(root).filter((p) => p !== meta.title && p !== clean(parsed?.title))) : [];
  const proseWords = paragraphs.filter(isProse).reduce((n, p) => n + words(p).length, 0);
  if (root && proseWords >= MIN_PROSE_WORDS && linkedShare(root) > MAX_LINKED_SHARE) {
    throw new IngestError(
      'no article found on this page: most of its text is links to other pages (a home page, a section page or a list of teasers). Open the article itself.',
    );
  }
  if (proseWords < MIN_PROSE_WORDS) {
    throw new IngestError(
      `no article found on this page (${proseWords} words of story text; an article has at least ${MIN_PROSE_WORDS}). ` +
        'A log-in page, a home page or a section page cannot be added: open the article itself.',
    );
  }
  const canonical = httpAddress(meta.canonical) ?? httpAddress(meta.ogUrl) ?? httpAddress(meta.jsonLdUrl) ?? httpAddress(url);
  if (!canonical) {
    throw new IngestError('the page does not say its address (no <link rel="canonical"> or og:url): give the address it was saved from');
  }
  const addresses = [meta.ogUrl, meta.jsonLdUrl, url].map(httpAddress).filter((a): a is string => a !== undefined && a !== canonical);
  const article: ExtractedArticle = { url: canonical, text: paragraphs.join('\n\n') };
  const title = meta.title ?? (clean(parsed?.title) || withoutSiteName(meta.documentTitle, meta.siteName));
  if (title) article.title = title;
  const outlet = meta.siteName ?? clean(parsed?.siteName);
  if (outlet) article.outlet = outlet;
  const author = meta.author ?? clean(parsed?.byline);
  if (author) article.author = author;
  if (meta.published) article.published = meta.published;
  if (meta.modified) article.modified = meta.modified;
  const language = primaryLanguage(meta.language) ?? primaryLanguage(parsed?.lang ?? undefined);
  if (language) article.language = language;
  if (addresses.length > 0) article.addresses = [...new Set(addresses)];
  return article;
}
