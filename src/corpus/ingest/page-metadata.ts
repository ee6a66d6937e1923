// An article page's metadata, from what publishers put in <head> and around
// the story: JSON-LD (NewsArticle and kin, however nested in @graph, arrays
// or mainEntity), `article:` and `og:` meta, <time datetime>, <link
// rel=canonical> and <html lang>. Each field takes the first source that has it,
// in that order of trust.

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|Report|PressRelease|LiveBlogPosting|ScholarlyArticle|TechArticle)$/;

export interface PageMetadata {
  canonical?: string;
  ogUrl?: string;
  jsonLdUrl?: string;
  /** The article's headline (JSON-LD, og:title). */
  title?: string;
  /** <title>, often with the site's name around the headline. */
  documentTitle?: string;
  siteName?: string;
  author?: string;
  published?: string;
  modified?: string;
  language?: string;
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.replace(/\s+/g, ' ').trim();
  if (Array.isArray(value)) return str(value[0]);
  if (isRecord(value)) return str(value.name ?? value['@value'] ?? value['@id']);
  return undefined;
}

function names(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const found = list.map(str).filter((n): n is string => n !== undefined);
  return found.length > 0 ? [...new Set(found)].join(', ') : undefined;
}

function isArticleNode(node: Json): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t.replace(/^https?:\/\/schema\.org\//, '')));
}

/** Every article node of a JSON-LD value, depth first (a @graph, arrays, mainEntity, nested objects). */
function articleNodes(value: unknown, out: Json[], depth = 0): Json[] {
  if (depth > 12) return out;
  if (Array.isArray(value)) {
    for (const v of value) articleNodes(v, out, depth + 1);
  } else if (isRecord(value)) {
    if (isArticleNode(value)) out.push(value);
    for (const [key, v] of Object.entries(value)) {
      if (key !== '@context' && typeof v === 'object') articleNodes(v, out, depth + 1);
    }
  }
  return out;
}

function jsonLdArticle(doc: Document): Json | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken block is the publisher's problem; the other sources still speak.
    }
    const [first] = articleNodes(parsed, []);
    if (first) return first;
  }
  return undefined;
}

function meta(doc: Document, key: string): string | undefined {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  return str(el?.getAttribute('content'));
}

/** A date as ISO 8601: kept when it is one already, else parsed (RFC 2822 and the like); undefined when unreadable. */
export function toIsoDate(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$/.test(v)) return v.replace(' ', 'T');
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

export function pageMetadata(doc: Document, base: string): PageMetadata {
  const ld = jsonLdArticle(doc);
  const entity = ld?.mainEntityOfPage;
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;
  return {
    canonical: absolute(str(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')), base),
    ogUrl: absolute(meta(doc, 'og:url'), base),
    jsonLdUrl: absolute(str(ld?.url) ?? (typeof entity === 'string' ? entity : str(isRecord(entity) ? entity['@id'] : undefined)), base),
    title: str(ld?.headline) ?? meta(doc, 'og:title'),
    documentTitle: str(doc.querySelector('title')?.textContent),
    siteName: str(ld?.publisher) ?? meta(doc, 'og:site_name') ?? meta(doc, 'application-name'),
    author: names(ld?.author) ?? meta(doc, 'author') ?? meta(doc, 'article:author'),
    published: toIsoDate(str(ld?.datePublished) ?? meta(doc, 'article:published_time') ?? meta(doc, 'datePublished') ?? time),
    modified: toIsoDate(str(ld?.dateModified) ?? meta(doc, 'article:modified_time') ?? meta(doc, 'dateModified')),
    language: str(doc.documentElement?.getAttribute('lang')) ?? str(ld?.inLanguage) ?? meta(doc, 'og:locale'),
  };
}
