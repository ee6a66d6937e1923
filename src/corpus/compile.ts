// Turns the catalog and the scraped texts into the bundle the extension ships:
// every entry with its body paragraphs, chrome removed, made by the ingest
// pipeline every added article goes through (the catalog supplies the metadata).
import { extractArticleBody } from './article-body.ts';
import { ingestArticle } from './ingest/ingest-article.ts';
import { OUTLET_NAMES } from './outlet-names.ts';
import type { BuiltinArticle, Catalog, CorpusBundle } from './types.ts';

/** Compiles a catalog; `readText(file)` returns the scraped text named by an entry's `file`. */
export function compileCorpus(catalog: Catalog, readText: (file: string) => string): CorpusBundle {
  const articles: BuiltinArticle[] = catalog.articles.map((entry) => {
    let raw: string;
    try {
      raw = readText(entry.file);
    } catch (error) {
      throw new Error(`corpus: cannot read "${entry.file}" for ${entry.id}: ${(error as Error).message}`);
    }
    const paragraphs = extractArticleBody(raw, entry.headline);
    if (paragraphs.length === 0) {
      throw new Error(`corpus: no article body found in "${entry.file}" for ${entry.id}`);
    }
    const extracted = { url: entry.addresses[0]!, text: paragraphs.join('\n\n'), title: entry.headline, outlet: OUTLET_NAMES[entry.outlet] };
    return ingestArticle(extracted, { catalogEntry: entry });
  });
  return { version: catalog.version, articles };
}
