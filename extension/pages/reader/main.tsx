// The reader page: a corpus article's own copy (?id=<corpus id>) with its
// provenance — who stands behind the outlet, where the words came from, what
// the dates mean — the statements found in it marked in the text, the
// reader's own highlights (shown, and new ones made by selecting text), and
// the other corpus articles it connects to.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ArticleSummary, ArticleWithExtras } from '../../background/handlers.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { ArticleCardView } from '../../ui/ArticleCardView.tsx';
import { CrossReferencesView } from '../../ui/CrossReferencesView.tsx';
import { formatIsoDate } from '../../ui/format-date.ts';
import { openFromExtensionPage } from '../../ui/navigate.ts';
import { OutletCards } from '../../ui/OutletCards.tsx';
import { outletLabel } from '../../ui/outlet-names.ts';
import { PageTopbar } from '../../ui/PageTopbar.tsx';
import '../../ui/theme.css';
import '../page.css';
import '../../ui/cards.css';
import '../../ui/extension-pages.css';
import './reader.css';
import { ArticleHighlightsView } from './ArticleHighlightsView.tsx';
import { KIND_LABELS, StatementText, speakerLabel } from './StatementText.tsx';

type State =
  | { state: 'loading' }
  | { state: 'ready'; data: ArticleWithExtras }
  | { state: 'error'; message: string; articles: ArticleSummary[] };

function ArticleChooser({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <>
      <p>Articles in the corpus:</p>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            <a class="sl-link" href={`?id=${encodeURIComponent(a.id)}`}>
              {a.headline}
            </a>{' '}
            <span class="sl-muted">({outletLabel(a)}{a.source === 'added' ? ', added by you' : ''})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Reader({ data }: { data: ArticleWithExtras }) {
  const { article, extras } = data;
  const published = article.dates.published ?? article.dates.event;
  useEffect(() => {
    document.title = `${article.headline} — Sourcelight reader`;
  }, [article.headline]);
  return (
    <div class="sl-reader">
      <div class="sl-reader-main">
        <p class="sl-lede">
          <strong>{outletLabel(article)}</strong>
          {article.source === 'added' && <span data-added>Added to your corpus</span>}
          {article.dateline && <span>{article.dateline.text}</span>}
          {published && (
            <span>
              {article.dates.published ? 'Published' : 'Event'} <time dateTime={published.date}>{formatIsoDate(published.date)}</time>
            </span>
          )}
        </p>
        <h1 id="sl-headline">{article.headline}</h1>
        <p class="sl-muted sl-copy-note">
          {article.source === 'added' ? 'Your copy of the article body, kept on this computer only.' : "Sourcelight's copy of the article body."}{' '}
          {article.addresses.length > 0 && (
            <>
              Original {article.addresses.length === 1 ? 'address' : 'addresses'}:{' '}
              {article.addresses.map((url, i) => (
                <>
                  {i > 0 && ', '}
                  <a class="sl-link" href={url} target="_blank" rel="noreferrer">
                    {new URL(url).host}
                  </a>
                </>
              ))}
            </>
          )}
        </p>

        <section aria-labelledby="sl-text-title">
          <h2 id="sl-text-title" class="sl-visually-hidden">
            Article text
          </h2>
          {extras.statements.length > 0 && (
            <ul class="sl-legend" aria-label="How statements are marked">
              <li>
                <mark class="sl-mark sl-mark-direct">Direct quote</mark>
              </li>
              <li>
                <mark class="sl-mark sl-mark-partial">Partial quote</mark>
              </li>
              <li>
                <mark class="sl-mark sl-mark-indirect">Reported speech</mark>
              </li>
            </ul>
          )}
          <StatementText paragraphs={article.paragraphs} statements={extras.statements} />
          <ArticleHighlightsView article={article} textRoot={() => document.querySelector('.sl-reader-main .sl-article-text')} idPrefix="reader" />
        </section>

        <section aria-labelledby="sl-statements-title" class="sl-statements-section">
          <h2 id="sl-statements-title">Who said what</h2>
          {extras.statements.length === 0 ? (
            <p class="sl-muted">No statements were found in this article.</p>
          ) : (
            <ol class="sl-statements">
              {extras.statements.map((s, i) => (
                <li key={s.start} id={`sl-stmt-${i + 1}`} data-kind={s.kind}>
                  <p class="sl-statement-meta">
                    <strong>{speakerLabel(s)}</strong> · {KIND_LABELS[s.kind]}
                    {s.cue && <span class="sl-muted"> · “{s.cue}”</span>} ·{' '}
                    <a class="sl-link" href={`#sl-stmt-text-${i + 1}`}>
                      Show in text<span class="sl-visually-hidden"> (statement {i + 1})</span>
                    </a>
                  </p>
                  <blockquote>{s.text}</blockquote>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <aside class="sl-reader-aside" aria-label="Provenance">
        <h2>Who stands behind it</h2>
        <OutletCards cards={extras.outletCards} level={3} />
        <h2>About this copy</h2>
        <ArticleCardView card={extras.articleCard} level={3} />
        <h2>Cross-references</h2>
        <CrossReferencesView refs={extras.crossReferences} currentId={article.id} open={openFromExtensionPage} level={3} />
      </aside>
    </div>
  );
}

function ReaderPage() {
  const id = new URLSearchParams(location.search).get('id');
  const [status, setStatus] = useState<State>({ state: 'loading' });
  useEffect(() => {
    void (async () => {
      const listing = () => askWorker('corpus/list', {}).catch(() => [] as ArticleSummary[]);
      if (!id) {
        setStatus({ state: 'error', message: 'No article was named: choose one below.', articles: await listing() });
        return;
      }
      try {
        setStatus({ state: 'ready', data: await askWorker('corpus/article', { id }) });
      } catch (error) {
        setStatus({ state: 'error', message: (error as Error).message, articles: await listing() });
      }
    })();
  }, [id]);

  return (
    <>
      <PageTopbar here="reader" />
      <main id="sl-main" class="sl-page sl-reader-page" aria-busy={status.state === 'loading'}>
        {status.state === 'loading' && <p class="sl-loading">Loading the article…</p>}
        {status.state === 'error' && (
          <>
            <h1>Sourcelight reader</h1>
            <div class="sl-notice sl-error" role="alert">
              <p class="sl-error-text">{status.message}</p>
            </div>
            <ArticleChooser articles={status.articles} />
          </>
        )}
        {status.state === 'ready' && <Reader data={status.data} />}
      </main>
    </>
  );
}

render(<ReaderPage />, document.getElementById('app')!);
