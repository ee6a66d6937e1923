// `sourcelight crossrefs [FILE…]`: saved pages (.html/.htm) and corpus packs
// (.jsonl) go through the ingest pipeline and join the five built-in articles;
// the cross-reference engine then runs on all of them. Prints one entry per
// article. A file that cannot be read as articles stops the run with its name
// (and line) before anything is printed.
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { createGrowingCrossReferences } from '../crossrefs/growing-index.ts';
import { parseCatalog } from '../corpus/catalog.ts';
import { compileCorpus } from '../corpus/compile.ts';
import { readCorpusPack } from '../corpus/ingest/corpus-pack.ts';
import { extractArticleFromDocument } from '../corpus/ingest/extract-html.ts';
import { type ExtractedArticle, IngestError } from '../corpus/ingest/extracted-article.ts';
import { ingestArticle } from '../corpus/ingest/ingest-article.ts';
import type { CorpusArticle } from '../corpus/types.ts';

const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

export interface CrossrefsEntry {
  id: string;
  url: string;
  outlet: string;
  title: string;
  language: string;
  published: string | null;
  eventDate: string | null;
  sameEvent: string[];
  threads: { label: string; ids: string[] }[];
  claims: { text: string; ids: string[] }[];
  copies: { id: string; share: number; original: string }[];
}

/** The built-in five, compiled from fixtures/corpus as the build does. */
export function builtinArticles(): CorpusArticle[] {
  const catalog = parseCatalog(JSON.parse(readFileSync(`${CORPUS_DIR}catalog.json`, 'utf8')));
  return compileCorpus(catalog, (name) => readFileSync(`${CORPUS_DIR}${name}`, 'utf8')).articles;
}

/** A file's text; IngestError for what is not UTF-8 text (a binary file). */
export function readTextFile(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(`${file}: not a text file (bytes that are not valid UTF-8)`);
  }
  if (text.includes('\u0000')) throw new IngestError(`${file}: not a text file (a NUL byte)`);
  return text;
}

/** The articles of one file: a corpus pack (.jsonl, .ndjson) or a saved page (anything else). */
export function articlesOfFile(text: string, file: string): ExtractedArticle[] {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return readCorpusPack(text, file);
  const { document } = parseHTML(text);
  try {
    return [extractArticleFromDocument(document as unknown as Document, pathToFileURL(resolve(file)).href)];
  } catch (error) {
    if (error instanceof IngestError) throw new IngestError(`${file}: ${error.message}`);
    throw error;
  }
}

/** The five plus the files' articles (the same text once), with their cross-references. */
export function crossrefsOf(added: readonly { file: string; text: string }[]): CrossrefsEntry[] {
  const articles = new Map<string, CorpusArticle>(builtinArticles().map((a) => [a.id, a]));
  for (const { file, text } of added) {
    articlesOfFile(text, file).forEach((extracted, i) => {
      let article: CorpusArticle;
      try {
        article = ingestArticle(extracted);
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        throw new IngestError(`${file}${extname(file).toLowerCase() === '.jsonl' ? ` (article ${i + 1})` : ''}: ${error.message}`);
      }
      if (!articles.has(article.id)) articles.set(article.id, article);
    });
  }
  const all = [...articles.values()];
  const engine = createGrowingCrossReferences(all);
  return all.map((a) => {
    // Every member of every thread: the panel's list is capped, the command's is not.
    const refs = engine.crossReferencesFor(a.id, { threadRefs: Number.POSITIVE_INFINITY });
    const claims = new Map<string, Set<string>>();
    for (const pair of refs.sameClaims) {
      const ids = claims.get(pair.a.text) ?? new Set<string>();
      ids.add(pair.b.articleId);
      claims.set(pair.a.text, ids);
    }
    return {
      id: a.id,
      url: a.addresses[0] ?? '',
      outlet: a.outlet,
      title: a.headline,
      language: a.language,
      published: a.dates.published?.date ?? null,
      eventDate: engine.eventDateOf(a.id)?.date ?? null,
      sameEvent: refs.sameEvent.map((r) => r.id),
      threads: refs.threads.map((t) => ({ label: t.label, ids: t.refs.map((r) => r.id) })),
      claims: [...claims].map(([text, ids]) => ({ text, ids: [...ids] })),
      copies: (refs.copies ?? []).map((c) => ({ id: c.id, share: c.share, original: c.original })),
    };
  });
}

export function crossrefsCommand(files: readonly string[]): CrossrefsEntry[] {
  const inputs = files.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new IngestError(`cannot read ${file}: ${(error as Error).message}`);
    }
    return { file, text: readTextFile(bytes, file) };
  });
  return crossrefsOf(inputs);
}
