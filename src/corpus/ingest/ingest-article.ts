// STAND-IN (wt-addui) for wt-ingest's pipeline: id from the normalised text, paragraphs, published date.
import type { CorpusArticle } from '../types.ts';
import { type ExtractedArticle, IngestError } from './extracted-article.ts';

function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x12345678;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

export function ingestArticle(input: ExtractedArticle, _options: { addedAt?: string } = {}): CorpusArticle {
  const paragraphs = input.text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (paragraphs.length === 0) throw new IngestError(`${input.url}: no text`);
  const text = paragraphs.join('\n\n');
  const host = new URL(input.url).hostname.replace(/^www\./, '');
  const outletName = input.outlet ?? host;
  const published = input.published?.slice(0, 10);
  return {
    id: `added-${hash(text.toLowerCase().replace(/\s+/g, ' '))}`,
    source: 'added',
    outlet: outletName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'site',
    outletName,
    headline: input.title ?? paragraphs[0]!.slice(0, 120),
    language: input.language ?? 'en',
    dates: published ? { published: { date: published, how: 'stand-in' }, event: { date: published, how: 'stand-in' } } : {},
    dateline: null,
    addresses: [input.url, ...(input.addresses ?? [])],
    paragraphs,
    text,
  };
}
