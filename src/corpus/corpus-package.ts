// Everything the extension ships about its corpus, computed once at build
// time: the compiled articles, their provenance cards, what the cross-reference
// engine finds between them, and the statements found in each. The worker
// reads it; nothing here runs on the reader's machine.
import { describeTextRange } from '../anchoring/describe.ts';
import type { TextTargetSelectors } from '../anchoring/selectors.ts';
import { buildCrossReferenceIndex } from '../crossrefs/cross-reference-index.ts';
import type { CrossReferences } from '../crossrefs/index.ts';
import { type StatementEcho, statementEchoes } from '../crossrefs/statement-echoes.ts';
import { articleCard } from '../provenance/article-card.ts';
import { loadProvenanceData } from '../provenance/load-provenance-data.ts';
import { outletCard } from '../provenance/outlet-card.ts';
import type { ArticleCard, OutletCard } from '../provenance/types.ts';
import { buildPersonDirectory } from '../statements/people.ts';
import type { Statement } from '../statements/types.ts';
import { parseCatalog } from './catalog.ts';
import { compileCorpus } from './compile.ts';
import { articleStatements } from './ingest/ingest-article.ts';
import type { CorpusBundle, OutletId } from './types.ts';

/** A statement found in an article body, with the selectors that find it again on a page. */
export interface ShippedStatement extends Statement {
  selectors: TextTargetSelectors;
  /** The same statement in other corpus articles. */
  echoes: StatementEcho[];
}

export interface ArticleExtras {
  articleCard: ArticleCard;
  outletCards: OutletCard[];
  crossReferences: CrossReferences;
  statements: ShippedStatement[];
}

export interface CorpusPackage extends CorpusBundle {
  extras: Record<string, ArticleExtras>;
}

export interface CorpusSources {
  catalogJson: unknown;
  outletsJson: unknown;
  articleNotesJson: unknown;
  readText: (file: string) => string;
}

/** The outlet's own card first, then the wire or source records it points at. */
function outletCards(outlet: OutletId, data: ReturnType<typeof loadProvenanceData>): OutletCard[] {
  const own = outletCard(outlet, data);
  const related = own.related.filter((r) => data.outlets.has(r.id)).map((r) => outletCard(r.id, data));
  return [own, ...related];
}

export function buildCorpusPackage(sources: CorpusSources): CorpusPackage {
  const bundle = compileCorpus(parseCatalog(sources.catalogJson), sources.readText);
  const provenance = loadProvenanceData(sources.outletsJson, sources.articleNotesJson);
  const crossrefs = buildCrossReferenceIndex(bundle.articles);
  const people = buildPersonDirectory(bundle.articles.map((a) => sources.readText(a.file)));
  const statements = new Map(bundle.articles.map((a) => [a.id, articleStatements(a, people)]));
  const echoes = statementEchoes(bundle.articles, statements, (id) => crossrefs.crossReferencesFor(id).sameClaims);
  const extras: Record<string, ArticleExtras> = {};
  for (const article of bundle.articles) {
    extras[article.id] = {
      articleCard: articleCard(article, provenance, sources.readText(article.file)),
      outletCards: outletCards(article.outlet, provenance),
      crossReferences: crossrefs.crossReferencesFor(article.id),
      statements: (statements.get(article.id) ?? []).map((s, i) => ({
        ...s,
        selectors: describeTextRange(article.text, s.start, s.end),
        echoes: echoes.get(article.id)?.[i] ?? [],
      })),
    };
  }
  return { ...bundle, extras };
}
