// STAND-IN (wt-addui) for wt-crossrefs' growing index: rebuilds buildCrossReferenceIndex on each change.
import type { CompiledArticle, CorpusArticle, DateClaim } from '../corpus/types.ts';
import { buildCrossReferenceIndex, type CrossReferenceIndex, type CrossReferences, type Ref } from './cross-reference-index.ts';

export interface CopyRef extends Ref {
  share: number;
  original: string;
}

export interface GrowingCrossReferences {
  add(article: CorpusArticle): void;
  remove(id: string): void;
  has(id: string): boolean;
  crossReferencesFor(id: string): CrossReferences & { copies: CopyRef[] };
  eventDateOf(id: string): DateClaim | undefined;
}

export function createGrowingCrossReferences(initial: readonly CorpusArticle[]): GrowingCrossReferences {
  const articles = new Map(initial.map((a) => [a.id, a]));
  let index: CrossReferenceIndex | null = null;
  const built = () => {
    index ??= buildCrossReferenceIndex([...articles.values()] as unknown as CompiledArticle[]);
    return index;
  };
  return {
    add(article) {
      articles.set(article.id, article);
      index = null;
    },
    remove(id) {
      articles.delete(id);
      index = null;
    },
    has: (id) => articles.has(id),
    crossReferencesFor: (id) => ({ ...built().crossReferencesFor(id), copies: [] }),
    eventDateOf: (id) => articles.get(id)?.dates.event,
  };
}
