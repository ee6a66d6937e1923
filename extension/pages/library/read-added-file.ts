// Turns one file the reader chose under "Add articles" into the articles it
// holds: a saved page (.html/.htm, as "Save page as" writes it) or a corpus
// pack (.jsonl). Everything happens in the library page; the worker only
// receives the extracted articles. Errors name the file (and the line).
import { corpusPackLines, type PackLine } from '../../../src/corpus/ingest/corpus-pack.ts';
import { extractArticleFromDocument } from '../../../src/corpus/ingest/extract-html.ts';
import { type ExtractedArticle, IngestError } from '../../../src/corpus/ingest/extracted-article.ts';
import { pageMetadata } from '../../../src/corpus/ingest/page-metadata.ts';
import type { AddedFrom } from '../../../src/store/schema.ts';

/** Larger files are not a saved page or a pack we can read into the page in one piece. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface ReadFile {
  articles: ExtractedArticle[];
  from: AddedFrom;
  /** A pack's articles with their lines (sent to the worker in chunks, so a pack of any size fits). */
  lines?: PackLine[];
}

export type FileKind = 'saved-page' | 'pack' | null;

export function kindOf(name: string): FileKind {
  if (/\.html?$/i.test(name)) return 'saved-page';
  if (/\.jsonl$/i.test(name)) return 'pack';
  return null;
}

/** A text file has no NUL bytes and few undecodable sequences. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  const bad = sample.split('\uFFFD').length - 1;
  return sample.length > 0 && bad / sample.length > 0.01;
}

function httpAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The address a saved page gives itself (canonical link, og:url, JSON-LD), if any. */
export function savedPageAddress(doc: Document): string | undefined {
  const meta = pageMetadata(doc, 'about:blank');
  return httpAddress(meta.canonical) ?? httpAddress(meta.ogUrl) ?? httpAddress(meta.jsonLdUrl);
}

/**
 * Reads a file. `askAddress` is called when a saved page does not say its
 * address; it resolves to the address the reader typed, or null to skip.
 * `onChecked` hears how many articles of a pack were checked so far.
 */
export async function readAddedFile(
  file: File,
  askAddress: (fileName: string) => Promise<string | null>,
  onChecked?: (articles: number) => void,
): Promise<ReadFile | null> {
  const kind = kindOf(file.name);
  if (!kind) throw new IngestError(`${file.name}: not a saved page (.html, .htm) or a corpus pack (.jsonl).`);
  if (file.size > MAX_FILE_BYTES) throw new IngestError(`${file.name}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  const text = await file.text();
  if (looksBinary(text)) throw new IngestError(`${file.name}: this is not a text file; a saved page or a corpus pack is text.`);
  if (kind === 'pack') {
    const lines: PackLine[] = [];
    // Checked here, line by line, pausing now and then so the page stays responsive on a big pack.
    let pause = performance.now();
    for (const line of corpusPackLines(text, file.name)) {
      lines.push(line);
      if (performance.now() - pause > 50) {
        onChecked?.(lines.length);
        await new Promise((resolve) => setTimeout(resolve, 0));
        pause = performance.now();
      }
    }
    return { articles: lines.map((l) => l.article), from: 'pack', lines };
  }
  const doc = new DOMParser().parseFromString(text, 'text/html');
  let address = savedPageAddress(doc);
  if (!address) {
    const typed = await askAddress(file.name);
    if (typed === null) return null;
    address = httpAddress(typed.trim());
    if (!address) throw new IngestError(`${file.name}: "${typed}" is not a web address (https://…).`);
  }
  try {
    return { articles: [extractArticleFromDocument(doc, address)], from: 'saved-page' };
  } catch (error) {
    throw new IngestError(`${file.name}: ${(error as Error).message}`);
  }
}
