// `sourcelight recognize FILE`: which corpus article a saved page (HTML) or
// text is. Compiles the corpus from fixtures/corpus on the fly, so the answer
// always reflects the texts on disk.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { parseCatalog } from '../corpus/catalog.ts';
import { compileCorpus } from '../corpus/compile.ts';
import { indexCorpus } from '../recognition/corpus-index.ts';
import { extractPageText } from '../recognition/page-text.ts';
import { recognize } from '../recognition/recognize.ts';
import { pageTextFromPlainText } from '../recognition/text-page.ts';
import type { PageText, Recognition } from '../recognition/types.ts';

const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

/** HTML when the first few kilobytes hold a document or block tag. */
export function looksLikeHtml(input: string): boolean {
  return /<(!doctype\s+html|html|head|body|p|div|article|main)[\s>]/i.test(input.slice(0, 4096));
}

function pageFromHtml(html: string): { page: PageText; url?: string } {
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    undefined;
  return { page: extractPageText(document as unknown as Document), url: canonical };
}

export async function recognizeCommand(input: string, file: string): Promise<Recognition | null> {
  let catalogJson: unknown;
  try {
    catalogJson = JSON.parse(readFileSync(`${CORPUS_DIR}catalog.json`, 'utf8'));
  } catch (error) {
    throw new Error(`recognize: cannot load the corpus catalog: ${(error as Error).message}`);
  }
  const bundle = compileCorpus(parseCatalog(catalogJson), (name) => readFileSync(`${CORPUS_DIR}${name}`, 'utf8'));
  const { page, url } = looksLikeHtml(input) ? pageFromHtml(input) : { page: pageTextFromPlainText(input), url: undefined };
  if (page.paragraphs.length === 0) throw new Error(`recognize: ${file} has no readable text`);
  return recognize(indexCorpus(bundle), page, url ? { url } : {});
}
