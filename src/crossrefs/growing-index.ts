// STAND-IN (wt-ingest) until wt-crossrefs' growing index is merged: same exports, rebuilds buildCrossReferenceIndex on every change, finds no copies.
import type { CorpusArticle, CompiledArticle, DateClaim } from '../corpus/types.ts';
import { buildCrossReferenceIndex, type CrossReferenceIndex, type CrossReferences, type Ref } from './cross-reference-index.ts';

export interface CopyRef extends Ref {
  /** Fraction of THIS article's text copied. */
  share: number;
  /** Id of the one that came first. */
  original: string;
}

export interface GrowingCrossReferences {
  add(article: CorpusArticle): void;
  remove(id: string): void;
  has(id: string): boolean;
  crossReferencesFor(id: string): CrossReferences & { copies: CopyRef[] };
  eventDateOf(id: string): DateClaim | undefined;
}

export function createGrowingCrossReferences(articles: readonly CorpusArticle[]): GrowingCrossReferences {
  const byId = new Map(articles.map((a) => [a.id, a]));
  let index: CrossReferenceIndex | null = null;
  const current = () => {
    index ??= buildCrossReferenceIndex([...byId.values()] as CompiledArticle[]);
    return index;
  };
  return {
    add(article) {
      byId.set(article.id, article);
      index = null;
    },
    remove(id) {
      if (byId.delete(id)) index = null;
    },
    has(id) {
      return byId.has(id);
    },
    crossReferencesFor(id) {
      return { ...current().crossReferencesFor(id), copies: [] };
    },
    eventDateOf(id) {
      const dates = byId.get(id)?.dates;
      return dates?.event ?? dates?.dateline ?? dates?.published;
    },
  };
}
