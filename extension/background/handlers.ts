// What the worker does for each message. Plain functions over the corpus,
// the recognition index and the store, so unit tests can run them in Node.
import type { CompiledArticle, CorpusBundle } from '../../src/corpus/types.ts';
import type { RecognitionIndex } from '../../src/recognition/recognition-index.ts';
import { recognize } from '../../src/recognition/recognize.ts';
import type { Recognition } from '../../src/recognition/types.ts';
import type { Handlers, MessageContext } from './router.ts';

/** A corpus article without its body: what a page needs to label itself. */
export type ArticleSummary = Omit<CompiledArticle, 'paragraphs' | 'text'>;

export interface RecognizedPage {
  recognition: Recognition;
  article: ArticleSummary;
}

export interface WorkerDeps {
  corpus: CorpusBundle;
  index: () => Promise<RecognitionIndex>;
  /** Marks the toolbar button of a tab that shows a corpus article. */
  markTab: (tabId: number, article: ArticleSummary | null) => void;
}

export function summarize(article: CompiledArticle): ArticleSummary {
  const { paragraphs: _p, text: _t, ...summary } = article;
  return summary;
}

export function createHandlers(deps: WorkerDeps) {
  const byId = new Map(deps.corpus.articles.map((a) => [a.id, a]));
  const article = (id: string): CompiledArticle => {
    const found = byId.get(id);
    if (!found) throw new Error(`No corpus article has the id "${id}".`);
    return found;
  };

  return {
    async 'page/recognize'(payload, context: MessageContext): Promise<RecognizedPage | null> {
      const recognition = recognize(await deps.index(), { paragraphs: payload.paragraphs }, { url: payload.url });
      const found = recognition ? summarize(article(recognition.corpusId)) : null;
      if (context.tabId !== null) deps.markTab(context.tabId, found);
      return recognition && found ? { recognition, article: found } : null;
    },
    'corpus/list'(): ArticleSummary[] {
      return deps.corpus.articles.map(summarize);
    },
    'corpus/article'(payload): CompiledArticle {
      return article(payload.id);
    },
  } satisfies Partial<Handlers>;
}

export type WorkerHandlers = ReturnType<typeof createHandlers>;
export type WorkerReplies = { [T in keyof WorkerHandlers]: Awaited<ReturnType<WorkerHandlers[T]>> };
