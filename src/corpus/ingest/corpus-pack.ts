// STAND-IN (wt-addui) for wt-ingest's corpus packs (JSON Lines).
import type { CorpusArticle } from '../types.ts';
import { type ExtractedArticle, IngestError } from './extracted-article.ts';

export function readCorpusPack(text: string, fileName: string): ExtractedArticle[] {
  const out: ExtractedArticle[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new IngestError(`${fileName}, line ${i + 1}: not valid JSON`);
    }
    const v = value as ExtractedArticle;
    if (typeof v?.url !== 'string' || typeof v.text !== 'string') throw new IngestError(`${fileName}, line ${i + 1}: "url" and "text" are required`);
    out.push(v);
  });
  if (out.length === 0) throw new IngestError(`${fileName}: no article in the pack`);
  return out;
}

export function writeCorpusPack(articles: readonly CorpusArticle[]): string {
  return articles
    .map((a) => JSON.stringify({ url: a.addresses[0], title: a.headline, outlet: a.outletName, published: a.dates.published?.date, language: a.language, text: a.text }))
    .join('\n') + '\n';
}
