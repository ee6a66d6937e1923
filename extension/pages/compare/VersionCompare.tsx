// The compare view for two versions of one article (?article=&a=&b=, each
// side "archived", "snapshot:<id>" or "live:<id>"): the archived copy (or the
// copy stored when an added article was added), the versions the reader kept
// and the live page a tab handed over, any two side by side, with the differences the Changes tab shows — words
// removed struck in the earlier version, words inserted marked in the later
// one, moved paragraphs named — both versions' dates and addresses on top,
// and the pair's report as Markdown or JSON. A version that is gone says so.
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { changesReportJson, changesReportMarkdown } from '../../../src/changes/report.ts';
import { changeSummary } from '../../../src/changes/summary.ts';
import type { ChangeSet, ParagraphChange } from '../../../src/changes/types.ts';
import { ARCHIVED_REF, compareStoredVersions, findVersion, type StoredVersion, storedVersions } from '../../../src/changes/versions.ts';
import type { CorpusArticle } from '../../../src/corpus/types.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { PageTopbar } from '../../ui/PageTopbar.tsx';
import { PairPicker } from './PairPicker.tsx';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; article: CorpusArticle; versions: StoredVersion[] };

type Side = 'a' | 'b';
const SIDE_NAMES: Record<Side, string> = { a: 'Earlier', b: 'Later' };

/** A date as given, or a date-time to the second (two versions may be kept in one minute). */
function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 19).replace('T', ' ')}${iso.length > 10 ? ' UTC' : ''}` : 'date unknown';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `text` with [start, end) spans (sorted, within it) wrapped in `mark`. */
function marked(text: string, spans: readonly { start: number; end: number }[], mark: (part: string, key: number) => JSX.Element) {
  const out: (string | JSX.Element)[] = [];
  let at = 0;
  spans.forEach((s, k) => {
    const start = Math.max(s.start, at);
    if (s.end <= start) return;
    if (start > at) out.push(text.slice(at, start));
    out.push(mark(text.slice(start, s.end), k));
    at = s.end;
  });
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function VersionPicker({ versions, a, b, onChange }: { versions: StoredVersion[]; a: string; b: string; onChange: (a: string, b: string) => void }) {
  const choices = versions.map((v) => ({
    value: v.ref,
    label: `${capitalise(v.info.label)}${v.ref.startsWith('snapshot:') ? '' : ` (${when(v.info.date)})`} · ${v.paragraphs.length} paragraphs`,
  }));
  return (
    <PairPicker
      label="Choose the versions to compare"
      sides={['Earlier', 'Later']}
      dataAttribute="data-version-picker"
      choices={choices}
      unknown={(value) => (value ? `Not found: ${value}` : '— choose a version —')}
      a={a}
      b={b}
      onChange={onChange}
    />
  );
}

function VersionHead({ side, version }: { side: Side; version: StoredVersion }) {
  return (
    <div class="sl-version-head" data-version-side={side}>
      <h2>
        {SIDE_NAMES[side]}: {version.info.label}
      </h2>
      <p class="sl-version-date" data-version-date>
        {when(version.info.date)}
      </p>
      <p class="sl-version-url">
        {version.info.url ? (
          <a href={version.info.url} target="_blank" rel="noreferrer" class="sl-link" data-version-url>
            {version.info.url}
          </a>
        ) : (
          <span class="sl-muted">address unknown</span>
        )}
      </p>
    </div>
  );
}

function changeTitle(p: ParagraphChange): string {
  const where = p.paragraph === null ? 'New paragraph' : `Paragraph ${p.paragraph + 1}`;
  const what = p.status === 'unchanged' ? 'moved' : `${p.status}${p.moved ? ', moved' : ''}`;
  return `${where}: ${what}`;
}

function ChangeList({ changes }: { changes: ChangeSet }) {
  const listed = changes.paragraphs.filter((p) => p.status !== 'unchanged' || p.moved);
  if (listed.length === 0) return null;
  return (
    <ol class="sl-version-changes" aria-label="Changes by paragraph">
      {listed.map((p) => (
        <li key={`${p.status}-${p.paragraph ?? p.live?.start}`} data-version-change={p.status}>
          <strong class="sl-version-change-what">{changeTitle(p)}</strong>
          {p.removed.map((r) => (
            <div key={`r${r.paragraph}-${r.earlierStart}`}>
              Removed: <del>{r.text}</del>
            </div>
          ))}
          {p.inserted.map((i) => (
            <div key={`i${i.start}`}>
              Inserted: <ins>{i.text}</ins>
            </div>
          ))}
        </li>
      ))}
    </ol>
  );
}

/** The earlier version's paragraphs, removed words struck through. */
function EarlierColumn({ version, changes }: { version: StoredVersion; changes: ChangeSet }) {
  const status = new Map(changes.paragraphs.filter((c) => c.paragraph !== null).map((c) => [c.paragraph!, c]));
  return (
    <div class="sl-column sl-version-column" data-column="a">
      <section class="sl-column-text" tabindex={0} aria-label={`Earlier version: text of the ${version.info.label}`}>
        {version.paragraphs.map((text, p) => {
          const spans = changes.removed.filter((r) => r.paragraph === p).map((r) => ({ start: r.earlierStart, end: r.earlierEnd }));
          const change = status.get(p);
          return (
            <p key={p} data-paragraph={p + 1} data-change={change?.status} data-moved={change?.moved ? 'true' : undefined}>
              {marked(text, spans, (part, k) => (
                <del key={k} class="sl-version-removed" data-removed>
                  {part}
                </del>
              ))}
            </p>
          );
        })}
      </section>
    </div>
  );
}

/** The later version's paragraphs, inserted words marked. */
function LaterColumn({ text, label, changes }: { text: string; label: string; changes: ChangeSet }) {
  let offset = 0;
  const moved = changes.paragraphs.filter((c) => c.moved && c.live);
  return (
    <div class="sl-column sl-version-column" data-column="b">
      <section class="sl-column-text" tabindex={0} aria-label={`Later version: text of the ${label}`}>
        {text.split('\n').map((line, i) => {
          const start = offset;
          const end = start + line.length;
          offset = end + 1;
          const spans = changes.inserted.filter((s) => s.start < end && s.end > start).map((s) => ({ start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start }));
          const isMoved = moved.some((c) => c.live!.start < end && c.live!.end > start);
          return (
            <p key={i} data-paragraph={i + 1} data-moved={isMoved ? 'true' : undefined}>
              {marked(line, spans, (part, k) => (
                <ins key={k} class="sl-version-inserted" data-inserted>
                  {part}
                </ins>
              ))}
            </p>
          );
        })}
      </section>
    </div>
  );
}

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Pair({ article, earlier, later }: { article: CorpusArticle; earlier: StoredVersion; later: StoredVersion }) {
  const { changes, laterText } = useMemo(() => compareStoredVersions(earlier.paragraphs, later.paragraphs), [earlier, later]);
  const summary = changeSummary(changes.counts, `the ${earlier.info.label}`) ?? `No change between the ${earlier.info.label} and the ${later.info.label}`;
  const fileName = (ext: string) => `sourcelight-changes-${article.id}-${earlier.ref}-${later.ref}.${ext}`.replace(/[^a-z0-9.-]/gi, '_');
  return (
    <>
      <div class="sl-version-heads">
        <VersionHead side="a" version={earlier} />
        <VersionHead side="b" version={later} />
      </div>
      <p class="sl-compare-summary" data-version-summary>
        <strong>{capitalise(summary)}</strong>
      </p>
      <p class="sl-muted">
        Removed words are struck through in the earlier version, inserted words marked in the later one. Typography and line breaks are not
        counted.
      </p>
      <p>
        <button
          type="button"
          class="sl-button"
          data-version-export="md"
          onClick={() => download(changesReportMarkdown(changes, earlier.info, later.info), 'text/markdown;charset=utf-8', fileName('md'))}
        >
          Export Markdown
        </button>{' '}
        <button
          type="button"
          class="sl-button"
          data-version-export="json"
          onClick={() =>
            download(`${JSON.stringify(changesReportJson(changes, earlier.info, later.info), null, 2)}\n`, 'application/json;charset=utf-8', fileName('json'))
          }
        >
          Export JSON
        </button>
      </p>
      <ChangeList changes={changes} />
      <h2 class="sl-shared-title">Side by side</h2>
      <div class="sl-compare sl-compare-no-list">
        <EarlierColumn version={earlier} changes={changes} />
        <LaterColumn text={laterText} label={later.info.label} changes={changes} />
      </div>
    </>
  );
}

export function VersionsPage({ articleId }: { articleId: string }) {
  const params = new URLSearchParams(location.search);
  const [pair, setPair] = useState({ a: params.get('a') ?? ARCHIVED_REF, b: params.get('b') ?? '' });
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    Promise.all([
      askWorker('corpus/article', { id: articleId }),
      askWorker('snapshots/list', { corpusId: articleId }),
      askWorker('versions/live', { corpusId: articleId }),
    ]).then(
      ([{ article }, snapshots, live]) => {
        setLoaded({ state: 'ready', article, versions: storedVersions(article, snapshots, live) });
        document.title = `Versions: ${article.headline} — Sourcelight`;
      },
      (error: Error) => setLoaded({ state: 'error', message: `The versions of this article could not be read: ${error.message}` }),
    );
  }, [articleId]);

  useEffect(() => {
    const url = new URL(location.href);
    url.search = new URLSearchParams({ article: articleId, a: pair.a, b: pair.b }).toString();
    history.replaceState(null, '', url);
  }, [articleId, pair]);

  let body: JSX.Element | null = null;
  if (loaded.state === 'loading') body = <p class="sl-loading">Reading the article's versions…</p>;
  else if (loaded.state === 'error') body = <Problem messages={[loaded.message]} />;
  else {
    const sides = [pair.a, pair.b].map((ref) => (ref ? findVersion(loaded.versions, ref) : null));
    const missing = sides.flatMap((s, i) => (s && 'missing' in s ? [`${SIDE_NAMES[i === 0 ? 'a' : 'b']} version: ${s.missing}`] : []));
    const [earlier, later] = sides.map((s) => (s && 'version' in s ? s.version : null));
    body = (
      <>
        <VersionPicker versions={loaded.versions} a={pair.a} b={pair.b} onChange={(a, b) => setPair({ a, b })} />
        {missing.length > 0 && <Problem messages={[...missing, 'Choose another version above.']} />}
        {missing.length === 0 && (!earlier || !later) && <p class="sl-muted">Choose a version for each side to see what changed between them.</p>}
        {earlier && later && earlier.ref === later.ref && (
          <Problem messages={['Both sides show the same version: choose a different one for one side.']} />
        )}
        {earlier && later && earlier.ref !== later.ref && <Pair article={loaded.article} earlier={earlier} later={later} />}
      </>
    );
  }

  return (
    <>
      <PageTopbar here="compare" />
      <main id="sl-main" class="sl-page sl-compare-page" data-version-compare={loaded.state} aria-busy={loaded.state === 'loading'}>
        <h1>Compare two versions</h1>
        {loaded.state === 'ready' && <p class="sl-lede">{loaded.article.headline}</p>}
        {body}
      </main>
    </>
  );
}

function Problem({ messages }: { messages: string[] }) {
  return (
    <div class="sl-notice sl-error" role="alert" data-version-problem>
      {messages.map((m) => (
        <p key={m} class="sl-error-text">
          {m}
        </p>
      ))}
    </div>
  );
}
