// STAND-IN (wt-addui) for wt-ingest's extraction: Readability on a clone, a little metadata.
import { Readability } from '@mozilla/readability';
import { type ExtractedArticle, IngestError } from './extracted-article.ts';

export function extractArticleFromDocument(doc: Document, url: string): ExtractedArticle {
  const meta = (sel: string) => doc.querySelector<HTMLMetaElement>(sel)?.content?.trim() || undefined;
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const text = (parsed?.textContent ?? '').trim();
  if (!parsed || text.split(/\s+/).length < 80) throw new IngestError(`${url}: no article found on this page`);
  const html = parsed.content ?? '';
  const container = doc.createElement('div');
  container.innerHTML = html;
  const paragraphs = [...container.querySelectorAll('p')].map((p) => p.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean);
  return {
    url,
    text: paragraphs.length > 0 ? paragraphs.join('\n\n') : text,
    title: meta('meta[property="og:title"]') ?? parsed.title ?? undefined,
    outlet: meta('meta[property="og:site_name"]') ?? parsed.siteName ?? undefined,
    published: meta('meta[property="article:published_time"]') ?? parsed.publishedTime ?? undefined,
    language: doc.documentElement.lang?.slice(0, 2) || undefined,
  };
}
