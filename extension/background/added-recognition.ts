// Recognition of the reader's added articles, beside the shipped index (which
// stays as it is). STAND-IN until wt-ingest's src/recognition/added-index.ts is
// merged: the added articles' own index is rebuilt lazily after a change, and
// there is no per-article record to store (`recordOf` gives null).
import type { CorpusArticle } from '../../src/corpus/types.ts';
import { buildRecognitionIndex, type RecognitionIndex } from '../../src/recognition/recognition-index.ts';
import { recognize } from '../../src/recognition/recognize.ts';
import type { PageText, Recognition } from '../../src/recognition/types.ts';

export class AddedRecognition {
  private readonly articles = new Map<string, CorpusArticle>();
  private index: RecognitionIndex | null = null;

  constructor(articles: readonly CorpusArticle[] = [], _records: ReadonlyMap<string, unknown> = new Map()) {
    for (const a of articles) this.articles.set(a.id, a);
  }

  /** The record to store for an article (restores the index at start-up). */
  recordOf(_article: CorpusArticle): unknown {
    return null;
  }

  add(article: CorpusArticle): void {
    this.articles.set(article.id, article);
    this.index = null;
  }

  remove(id: string): void {
    this.articles.delete(id);
    this.index = null;
  }

  recognize(page: PageText, hints: { url?: string }): Recognition | null {
    if (this.articles.size === 0) return null;
    this.index ??= buildRecognitionIndex([...this.articles.values()]);
    return recognize(this.index, page, hints);
  }
}
