// Turns the catalog and the scraped texts into the bundle the extension ships:
// every entry with its body paragraphs, chrome removed.
import { extractArticleBody } from './article-body.ts';
import type { Catalog, CompiledArticle, CorpusBundle } from './types.ts';

/** Compiles a catalog; `readText(file)` returns the scraped text named by an entry's `file`. */
export function compileCorpus(catalog: Catalog, readText: (file: string) => string): CorpusBundle {
  const articles: CompiledArticle[] = catalog.articles.map((entry) => {
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
    return { ...entry, paragraphs, text: paragraphs.join('\n\n') };
  });
  return { version: catalog.version, articles };
}
