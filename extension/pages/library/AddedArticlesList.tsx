// The articles the reader added: searchable, each with its outlet, date,
// headline, original address and reader copy; removable (their highlights
// stay, keyed to the page address); exportable as a corpus pack.
import { useEffect, useState } from 'preact/hooks';
import type { AddedArticleSummary } from '../../background/handlers.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { formatIsoDate } from '../../ui/format-date.ts';
import { outletLabel } from '../../ui/outlet-names.ts';
import { download } from './download.ts';

export function AddedArticlesList({ version }: { version: number }) {
  const [query, setQuery] = useState('');
  const [articles, setArticles] = useState<AddedArticleSummary[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [changed, setChanged] = useState(0);

  useEffect(() => {
    let current = true;
    askWorker('corpus/added', query.trim() ? { query } : {}).then(
      (list) => current && setArticles(list),
      (error: Error) => current && setMessage({ kind: 'error', text: error.message }),
    );
    return () => {
      current = false;
    };
  }, [query, version, changed]);

  const remove = async (article: AddedArticleSummary) => {
    try {
      await askWorker('corpus/remove', { id: article.id });
      setMessage({ kind: 'ok', text: `Removed “${article.headline}” from your corpus. Your highlights on its page are kept.` });
      setChanged((n) => n + 1);
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  const exportPack = async () => {
    try {
      const file = await askWorker('corpus/export-pack', {});
      if (file.count === 0) return setMessage({ kind: 'error', text: 'There is no added article to export.' });
      download(file.fileName, file.mimeType, file.text);
      setMessage({ kind: 'ok', text: `Exported ${file.count} ${file.count === 1 ? 'article' : 'articles'} to ${file.fileName}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };

  return (
    <section class="sl-card sl-tool sl-added" aria-labelledby="sl-added-title" data-tool="added-articles">
      <h2 id="sl-added-title" class="sl-card-title">
        Your added articles
      </h2>
      <label class="sl-field">
        <span>Search added articles</span>
        <input type="search" value={query} data-added-search placeholder="Words, an outlet, an address…" onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {articles && articles.length === 0 && <p class="sl-muted">{query.trim() ? 'No added article matches.' : 'You have not added any article yet.'}</p>}
      {articles && articles.length > 0 && (
        <ul class="sl-added-list" data-added-list>
          {articles.map((a) => {
            const date = a.dates.published ?? a.dates.event;
            return (
              <li key={a.id} data-added-id={a.id}>
                <p class="sl-ref-line">
                  <span class="sl-ref-outlet">{outletLabel(a)}</span>
                  {date && (
                    <>
                      {' · '}
                      <time dateTime={date.date}>{formatIsoDate(date.date)}</time>
                    </>
                  )}
                </p>
                <p class="sl-ref-headline">{a.headline}</p>
                <p class="sl-ref-actions">
                  {a.addresses[0] && (
                    <a class="sl-link" href={a.addresses[0]} target="_blank" rel="noreferrer">
                      Original page<span class="sl-visually-hidden">: {a.headline}</span>
                    </a>
                  )}{' '}
                  <a class="sl-link" href={`../reader/index.html?id=${encodeURIComponent(a.id)}`} data-action="reader">
                    Reader<span class="sl-visually-hidden"> copy of {a.headline}</span>
                  </a>{' '}
                  <button type="button" class="sl-button sl-small" data-action="remove-added" onClick={() => void remove(a)}>
                    Remove<span class="sl-visually-hidden"> {a.headline}</span>
                  </button>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <button type="button" class="sl-button" data-action="export-pack" onClick={() => void exportPack()}>
          Export as a corpus pack
        </button>
      </p>
      {message && (
        <p class={message.kind === 'error' ? 'sl-form-error' : 'sl-form-ok'} role={message.kind === 'error' ? 'alert' : 'status'} data-added-message>
          {message.text}
        </p>
      )}
    </section>
  );
}
