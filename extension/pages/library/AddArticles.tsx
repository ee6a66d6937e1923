// The library's "Add articles": saved pages and corpus packs, many at once,
// with progress (per file, and per article within a pack, which goes to the
// worker in chunks). Each file is added whole or not at all; an error names
// the file and line. A saved page that does not say its address asks for it.
import { useRef, useState } from 'preact/hooks';
import type { AddReport } from '../../background/handlers.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { readAddedFile } from './read-added-file.ts';
import { type PackProgress, sendPack } from './send-pack.ts';

type FileResult = { name: string; kind: 'ok' | 'error' | 'skipped'; text: string };

interface AddressRequest {
  fileName: string;
  resolve: (address: string | null) => void;
}

const count = (n: number) => n.toLocaleString('en');

function describe(report: AddReport): string {
  const added = report.added.length;
  const parts = [`added ${added} ${added === 1 ? 'article' : 'articles'}`];
  if (report.duplicates.length > 0) parts.push(`${report.duplicates.length} already in your corpus`);
  // A fault of the statements extractor on an article's text: it is added all the same, and the reader told.
  if (report.withoutStatements > 0) parts.push(`${report.withoutStatements} of them without statements (Sourcelight could not read them: a fault of ours)`);
  return parts.join(', ');
}

export function AddArticles({ onAdded }: { onAdded: () => void }) {
  const [progress, setProgress] = useState<{ done: number; total: number; current: string; checked?: number; articles?: PackProgress } | null>(null);
  const [results, setResults] = useState<FileResult[]>([]);
  const [request, setRequest] = useState<AddressRequest | null>(null);
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const askAddress = (fileName: string) =>
    new Promise<string | null>((resolve) => {
      setTyped('');
      setRequest({ fileName, resolve });
    });
  const answer = (address: string | null) => {
    request?.resolve(address);
    setRequest(null);
  };

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setResults([]);
    const out: FileResult[] = [];
    for (const [i, file] of files.entries()) {
      setProgress({ done: i, total: files.length, current: file.name });
      try {
        const read = await readAddedFile(file, askAddress, (checked) => setProgress({ done: i, total: files.length, current: file.name, checked }));
        if (!read) {
          out.push({ name: file.name, kind: 'skipped', text: `${file.name}: skipped (no address given).` });
        } else {
          const report = read.lines
            ? await sendPack(file.name, read.lines, (articles) => setProgress({ done: i, total: files.length, current: file.name, articles }))
            : await askWorker('corpus/add', { articles: read.articles, from: read.from, fileName: file.name });
          out.push({ name: file.name, kind: 'ok', text: `${file.name}: ${describe(report)}.` });
        }
      } catch (error) {
        out.push({ name: file.name, kind: 'error', text: (error as Error).message });
      }
      setResults([...out]);
    }
    setProgress(null);
    if (input.current) input.current.value = '';
    if (out.some((r) => r.kind === 'ok')) onAdded();
  };

  return (
    <section class="sl-card sl-tool" aria-labelledby="sl-add-articles-title" data-tool="add-articles">
      <h2 id="sl-add-articles-title" class="sl-card-title">
        Add articles
      </h2>
      <p class="sl-muted">
        Saved pages (.html, .htm) and corpus packs (.jsonl, one article per line). They stay on this computer; Sourcelight
        finds their statements and links them to the other articles.
      </p>
      <label class="sl-field">
        <span>Files to add</span>
        <input
          ref={input}
          type="file"
          multiple
          accept=".html,.htm,.jsonl,text/html"
          data-add-files
          disabled={progress !== null}
          onChange={(e) => void addFiles([...((e.currentTarget as HTMLInputElement).files ?? [])])}
        />
      </label>
      {progress && (
        <p role="status" data-add-progress>
          <progress max={progress.total} value={progress.done} /> File {progress.done + 1} of {progress.total}: {progress.current}
          {progress.checked !== undefined && !progress.articles && ` — checking: ${count(progress.checked)} articles read`}
          {progress.articles && (
            <span data-add-articles-progress>
              {' — '}
              {progress.articles.saving
                ? `saving ${count(progress.articles.total)} articles`
                : `article ${count(progress.articles.done)} of ${count(progress.articles.total)}`}
            </span>
          )}
        </p>
      )}
      {request && (
        <form
          class="sl-address-form"
          data-address-for={request.fileName}
          onSubmit={(e) => {
            e.preventDefault();
            answer(typed);
          }}
        >
          <label class="sl-field">
            <span>{request.fileName} does not say its address. Where was it saved from?</span>
            <input type="url" required placeholder="https://…" value={typed} data-address-input onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit" class="sl-button sl-primary">
            Add it
          </button>{' '}
          <button type="button" class="sl-button" onClick={() => answer(null)}>
            Skip this file
          </button>
        </form>
      )}
      {results.length > 0 && (
        <ul class="sl-add-results" data-add-results>
          {results.map((r) => (
            <li key={r.name} class={r.kind === 'error' ? 'sl-form-error' : 'sl-form-ok'} data-result={r.kind} role={r.kind === 'error' ? 'alert' : undefined}>
              {r.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
