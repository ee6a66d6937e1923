// The compare view (?a=&b=): how two corpus articles differ — each outlet's
// kind and wire, who each quotes, the sentences only one reports — then both
// side by side with the passages they share marked. Choosing a passage in the
// list (or clicking it in one column) brings it into view in both columns.
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type ArticleDifferences, compareArticles } from '../../../src/crossrefs/compare-articles.ts';
import type { ArticleSummary, ArticleWithExtras, ComparedArticles } from '../../background/handlers.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { formatIsoDate } from '../../ui/format-date.ts';
import { outletLabel } from '../../ui/outlet-names.ts';
import { PageTopbar } from '../../ui/PageTopbar.tsx';
import '../../ui/theme.css';
import '../page.css';
import '../../ui/cards.css';
import '../../ui/extension-pages.css';
import './compare.css';
import { AlignedColumn, PASSAGE_LABELS, type Side } from './AlignedColumn.tsx';
import { Differences, sideName } from './Differences.tsx';
import { PairPicker } from './PairPicker.tsx';
import { VersionsPage } from './VersionCompare.tsx';

/** Each article with its provenance and statements, and how they differ. */
interface Details {
  a: ArticleWithExtras;
  b: ArticleWithExtras;
  diff: ArticleDifferences;
}

/** The differences need each article's statements and provenance, which may take longer than the alignment (cross-references built on first need): shown when they come. */
type DetailsState = { state: 'loading' } | { state: 'ready'; details: Details } | { state: 'error'; message: string };

type State =
  | { state: 'choose' }
  | { state: 'loading' }
  | { state: 'ready'; data: ComparedArticles }
  | { state: 'error'; message: string };

const EXCERPT_CHARS = 150;

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > EXCERPT_CHARS ? `${clean.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')}…` : clean;
}

/** Scrolls a column so the passage's first mark sits in its upper third; on stacked layouts, the page. */
function reveal(side: Side, n: number): void {
  const column = document.querySelector<HTMLElement>(`[data-column="${side}"]`);
  const mark = column?.querySelector<HTMLElement>(`mark[data-passage="${n}"][data-first]`);
  if (!column || !mark) return;
  if (column.scrollHeight > column.clientHeight + 1) {
    const delta = mark.getBoundingClientRect().top - column.getBoundingClientRect().top - column.clientHeight / 3;
    column.scrollTop += delta;
  } else {
    mark.scrollIntoView({ block: 'center' });
  }
}

function Picker({ articles, a, b, onChange }: { articles: ArticleSummary[]; a: string; b: string; onChange: (a: string, b: string) => void }) {
  const choices = articles.map((x) => {
    const date = x.dates.published ?? x.dates.event;
    return { value: x.id, label: `${outletLabel(x)}${date ? `, ${formatIsoDate(date.date)}` : ''}: ${x.headline}` };
  });
  return (
    <PairPicker
      label="Choose the articles to compare"
      sides={['Left', 'Right']}
      dataAttribute="data-picker"
      choices={choices}
      unknown={(value) => (value ? `Unknown: ${value}` : '— choose an article —')}
      a={a}
      b={b}
      onChange={onChange}
    />
  );
}

function DifferenceSummary({ details }: { details: Details }) {
  const { a, b, diff } = details;
  const quotedInBoth = diff.a.speakers.filter((s) => s.inBoth).map((s) => s.name);
  return (
    <p class="sl-compare-summary" data-difference-summary>
      Only in {sideName('a', a, b)}: <strong>{diff.a.onlyHere.length}</strong> of {diff.a.sentences.length} sentences · only in {sideName('b', b, a)}:{' '}
      <strong>{diff.b.onlyHere.length}</strong> of {diff.b.sentences.length} ·{' '}
      {quotedInBoth.length === 0 ? 'no one is quoted in both' : `quoted in both: ${quotedInBoth.join(', ')}`}.
    </p>
  );
}

function Comparison({ data, details }: { data: ComparedArticles; details: DetailsState }) {
  const [current, setCurrent] = useState<number | null>(null);
  useEffect(() => setCurrent(null), [data]);
  const select = useCallback((index: number, from: Side | 'list') => {
    setCurrent(index);
    const n = index + 1;
    if (from !== 'a') reveal('a', n);
    if (from !== 'b') reveal('b', n);
  }, []);
  const verbatim = data.passages.filter((p) => p.kind === 'verbatim').length;
  const paraphrase = data.passages.length - verbatim;

  return (
    <>
      {details.state === 'loading' && <p class="sl-loading">Finding who each quotes and what only one reports…</p>}
      {details.state === 'error' && (
        <div class="sl-notice sl-error" role="alert">
          <p class="sl-error-text">The differences could not be worked out: {details.message}</p>
        </div>
      )}
      {details.state === 'ready' && (
        <>
          <DifferenceSummary details={details.details} />
          <Differences a={details.details.a} b={details.details.b} diff={details.details.diff} passages={data.passages} />
        </>
      )}
      <h2 class="sl-shared-title">Side by side</h2>
      {data.passages.length === 0 ? (
        <div class="sl-notice" role="status">
          <p>These two articles share no passage, word for word or paraphrased.</p>
        </div>
      ) : (
        <p class="sl-compare-summary" role="status">
          <strong>
            {data.passages.length} shared {data.passages.length === 1 ? 'passage' : 'passages'}
          </strong>
          : {verbatim} word for word (shaded, solid underline, “=”), {paraphrase} paraphrased (dashed underline, “≈”).
        </p>
      )}
      <div class={data.passages.length > 0 ? 'sl-compare' : 'sl-compare sl-compare-no-list'}>
        {data.passages.length > 0 && (
          <nav class="sl-passages" aria-label="Shared passages">
            <h2 class="sl-passages-title">Shared passages</h2>
            <ol>
              {data.passages.map((p, i) => (
                <li key={`${p.aStart}-${p.bStart}`}>
                  <button
                    type="button"
                    class={`sl-passage-button sl-passage-${p.kind}`}
                    aria-current={current === i ? 'true' : undefined}
                    data-passage-button={i + 1}
                    onClick={() => select(i, 'list')}
                  >
                    <span class="sl-passage-kind">
                      <span aria-hidden="true">{p.kind === 'verbatim' ? '=' : '≈'}</span>
                      {i + 1} · {PASSAGE_LABELS[p.kind]}
                      {p.kind === 'paraphrase' && <span class="sl-muted"> ({Math.round(p.score * 100)}% shared words)</span>}
                    </span>
                    <span class="sl-passage-excerpt">{excerpt(data.a.text.slice(p.aStart, p.aEnd))}</span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <AlignedColumn side="a" article={data.a} passages={data.passages} current={current} onSelect={select} />
        <AlignedColumn side="b" article={data.b} passages={data.passages} current={current} onSelect={select} />
      </div>
    </>
  );
}

function ComparePage() {
  const params = new URLSearchParams(location.search);
  const [pair, setPair] = useState({ a: params.get('a') ?? '', b: params.get('b') ?? '' });
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [status, setStatus] = useState<State>({ state: pair.a && pair.b ? 'loading' : 'choose' });
  const [details, setDetails] = useState<DetailsState>({ state: 'loading' });

  useEffect(() => {
    askWorker('corpus/list', {}).then(setArticles, () => setArticles([]));
  }, []);

  useEffect(() => {
    const { a, b } = pair;
    const url = new URL(location.href);
    url.search = new URLSearchParams({ a, b }).toString();
    history.replaceState(null, '', url);
    if (!a || !b) {
      setStatus({ state: 'choose' });
      return;
    }
    if (a === b) {
      setStatus({ state: 'error', message: 'Both sides show the same article: choose a different one for one side.' });
      return;
    }
    setStatus({ state: 'loading' });
    setDetails({ state: 'loading' });
    // Answers for a pair the reader has since changed are dropped.
    let current = true;
    askWorker('corpus/compare', { a, b }).then(
      (data) => {
        if (!current) return;
        setStatus({ state: 'ready', data });
        document.title = `Compare: ${data.a.headline} / ${data.b.headline} — Sourcelight`;
      },
      (error: Error) => current && setStatus({ state: 'error', message: error.message }),
    );
    Promise.all([askWorker('corpus/article', { id: a }), askWorker('corpus/article', { id: b })]).then(
      ([left, right]) => {
        if (!current) return;
        const diff = compareArticles(
          { text: left.article.text, statements: left.extras.statements },
          { text: right.article.text, statements: right.extras.statements },
        );
        setDetails({ state: 'ready', details: { a: left, b: right, diff } });
      },
      (error: Error) => current && setDetails({ state: 'error', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [pair]);

  return (
    <>
      <PageTopbar here="compare" />
      <main id="sl-main" class="sl-page sl-compare-page" aria-busy={status.state === 'loading' || (status.state === 'ready' && details.state === 'loading')}>
        <h1>Compare two articles</h1>
        <Picker articles={articles} a={pair.a} b={pair.b} onChange={(a, b) => setPair({ a, b })} />
        {status.state === 'choose' && <p class="sl-muted">Choose an article for each side to see how they differ and the passages they share.</p>}
        {status.state === 'loading' && <p class="sl-loading">Comparing the two texts…</p>}
        {status.state === 'error' && (
          <div class="sl-notice sl-error" role="alert">
            <p class="sl-error-text">{status.message}</p>
          </div>
        )}
        {status.state === 'ready' && <Comparison data={status.data} details={details} />}
      </main>
    </>
  );
}

// With ?article= the page compares two stored versions of that article; without, two articles.
const versionsOf = new URLSearchParams(location.search).get('article');
render(versionsOf ? <VersionsPage articleId={versionsOf} /> : <ComparePage />, document.getElementById('app')!);
