// The teacher's class view of one set (?set=<layer id>): per article, each
// passage with the students who highlighted it and their notes, "N of M found
// this passage", who has not handed in, and the view as CSV.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type ClassView, buildClassView, foundText } from '../../../src/store/class-view.ts';
import { exportClassViewCsv } from '../../../src/store/export-class-view-csv.ts';
import { fileName } from '../../../src/store/export-selection.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { PageTopbar } from '../../ui/PageTopbar.tsx';
import '../../ui/theme.css';
import '../page.css';
import '../../ui/cards.css';
import '../../ui/extension-pages.css';
import '../library/library.css';
import './class-view.css';
import { download } from '../library/download.ts';
import { readAllRecords } from '../library/transfer.ts';

async function loadView(setLayerId: string): Promise<ClassView> {
  const [meta, records] = await Promise.all([askWorker('library/meta', {}), readAllRecords()]);
  const layer = meta.layers.find((l) => l.id === setLayerId);
  if (!layer?.classSet) throw new Error('This class set is not in your library (it may have been deleted).');
  return buildClassView(layer, meta.layers, records);
}

function ClassViewPage() {
  const setId = new URLSearchParams(location.search).get('set') ?? '';
  const [view, setView] = useState<ClassView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadView(setId).then(setView, (e: Error) => setError(e.message));
  }, [setId]);
  const exportCsv = () => {
    if (!view) return;
    download(fileName(['class view', view.set.title], new Date().toISOString().slice(0, 10), 'csv'), 'text/csv', exportClassViewCsv(view));
  };
  const of = view?.handedIn.length ?? 0;
  return (
    <>
      <PageTopbar here="library" />
      <main id="sl-main" class="sl-page sl-class-view" aria-busy={!view && !error}>
        <h1>{view ? `Class view: ${view.set.title}` : 'Class view'}</h1>
        {error && (
          <div class="sl-notice sl-error" role="alert">
            <p class="sl-error-text">{error}</p>
          </div>
        )}
        {!view && !error && <p class="sl-loading">Loading the hand-ins…</p>}
        {view && (
          <>
            <p class="sl-muted" data-class-view="summary">
              Set by {view.set.teacher}. {of} {of === 1 ? 'student has' : 'students have'} handed in
              {of > 0 ? `: ${view.handedIn.join(', ')}` : ''}.
            </p>
            {view.missing.length > 0 && (
              <p data-class-view="missing">
                <strong>Not handed in yet:</strong> {view.missing.join(', ')}
              </p>
            )}
            <p>
              <button type="button" class="sl-button" data-class-view="csv" onClick={exportCsv}>
                Export as CSV
              </button>
            </p>
            {view.articles.map((article) => (
              <section key={article.corpusId} class="sl-group" data-class-article={article.corpusId} aria-label={article.title}>
                <h2 class="sl-group-title">{article.title}</h2>
                {article.passages.length === 0 && <p class="sl-muted">Nobody highlighted anything here yet.</p>}
                <ol class="sl-passages">
                  {article.passages.map((p) => (
                    <li key={`${p.start}-${p.end}`} class="sl-passage" data-passage-found={p.found}>
                      <blockquote class="sl-entry-quote">{p.quote}</blockquote>
                      {p.prompt && (
                        <p class="sl-passage-prompt">
                          <strong>Prompt:</strong> {p.prompt}
                        </p>
                      )}
                      <p class="sl-passage-count">
                        <strong>{foundText(p.found, of)}</strong>
                      </p>
                      {p.students.length > 0 && (
                        <ul class="sl-passage-students">
                          {p.students.map((s) => (
                            <li key={s.layerId} data-student={s.student}>
                              <strong>{s.student}</strong>
                              {s.note ? <span class="sl-passage-note">: {s.note}</span> : <span class="sl-muted"> (no note)</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </>
        )}
      </main>
    </>
  );
}

render(<ClassViewPage />, document.getElementById('app')!);
