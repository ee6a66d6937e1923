// The Changes tab (issue #17): what changed on this page since the archived
// copy or a version the reader kept. Inserted words are marked on the page;
// removed words, which the page no longer has, are listed here with their
// place; statements and the reader's highlights in changed text say so, and
// orphans explained by a removed passage too. "Keep this version" stores the
// article as shown now; the history lists every kept version, each one
// comparable with the page here, or with the version before it in the compare
// view, where the page itself can be opened too and any two versions chosen;
// the changes export as Markdown or JSON.
import { useEffect, useRef, useState } from 'preact/hooks';
import { explainedByRemoval } from '../../../src/changes/overlap.ts';
import { changesReportJson, changesReportMarkdown } from '../../../src/changes/report.ts';
import { ARCHIVED_REF, snapshotRef } from '../../../src/changes/versions.ts';
import { askWorker } from '../../shared/worker-client.ts';
import type { AnchoredAnnotation, PageAnnotator } from '../highlights/page-annotator.ts';
import { shorten } from './labels.ts';
import { type PageChanges, type PageChangesState, rangesOverlap } from './page-changes.ts';
import { scrollToRange } from './StatementsTab.tsx';
import { useAnnotator } from './use-annotator.ts';

/** The page's "edited since the archived copy: …" line as it is now (null: unchanged or not compared yet). */
export function useChangesSummary(changes: PageChanges): string | null {
  return usePageChanges(changes).summary;
}

export interface ChangesTabProps {
  changes: PageChanges;
  annotator: PageAnnotator;
}

function usePageChanges(changes: PageChanges): PageChangesState {
  const [state, setState] = useState<PageChangesState>(changes.current());
  useEffect(() => changes.subscribe(setState), [changes]);
  return state;
}

/** Two stored versions of the article, side by side in the compare view (a new tab, opened by the worker). */
function openVersions(article: string, a: string, b: string): void {
  void askWorker('pages/open', { kind: 'versions', article, a, b }).catch((error: unknown) => console.warn('Sourcelight:', error));
}

function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')}${iso.length > 10 ? ' UTC' : ''}` : 'date unknown';
}

/** Annotations whose text sits in changed text, and orphans a removed passage explains. */
function affected(state: PageChangesState, annotations: readonly AnchoredAnnotation[]) {
  const inChanged: AnchoredAnnotation[] = [];
  const removedWith: AnchoredAnnotation[] = [];
  if (!state.changes) return { inChanged, removedWith };
  for (const a of annotations) {
    if (a.record.hidden) continue;
    if (a.range) {
      if (state.insertedRanges.some((r) => rangesOverlap(r, a.range!))) inChanged.push(a);
    } else if (explainedByRemoval(state.changes, a.record.selectors.quote.exact)) removedWith.push(a);
  }
  return { inChanged, removedWith };
}

export function ChangesTab({ changes, annotator }: ChangesTabProps) {
  const state = usePageChanges(changes);
  const { annotations } = useAnnotator(annotator);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const downloads = useRef<HTMLDivElement | null>(null);

  if (state.status === 'error' && !state.changes) return <p class="sl-error">{state.error}</p>;
  if (!state.changes || !state.baseline) return <p class="sl-muted">Comparing this page with the archived copy…</p>;
  const { changes: set, baseline } = state;
  const { inChanged, removedWith } = affected(state, annotations);
  const paragraphs = set.paragraphs.filter((p) => p.status !== 'unchanged' || p.moved);

  const keep = async () => {
    setBusy(true);
    try {
      const { stored } = await changes.keep();
      setMessage(stored ? 'This version was kept.' : 'This version is already kept (no change since the last one).');
    } catch (error) {
      setMessage(`Not kept: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  // The page as it is now beside the version compared here, in the compare view: the worker holds the text in memory only.
  const openInCompareView = async () => {
    try {
      const article = changes.corpusId();
      const { ref } = await askWorker('versions/hold-live', { corpusId: article, url: location.href, paragraphs: set.liveParagraphs });
      const earlier = baseline.snapshotId === null ? ARCHIVED_REF : snapshotRef(baseline.snapshotId);
      await askWorker('pages/open', { kind: 'versions', article, a: earlier, b: ref });
    } catch (error) {
      setMessage(`Not opened: ${(error as Error).message}`);
    }
  };
  const exportAs = (format: 'md' | 'json') => {
    const live = changes.liveInfo();
    const text =
      format === 'md'
        ? changesReportMarkdown(set, baseline.info, live)
        : `${JSON.stringify(changesReportJson(set, baseline.info, live), null, 2)}\n`;
    // The link lives in the closed shadow root; the file holds page text only (no notes).
    const url = URL.createObjectURL(new Blob([text], { type: format === 'md' ? 'text/markdown;charset=utf-8' : 'application/json;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `sourcelight-changes-${(location.hostname || 'page').replace(/[^a-z0-9.-]/gi, '_')}.${format}`;
    downloads.current?.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div
      class="sl-changes"
      data-status={state.status}
      data-inserted={set.inserted.length}
      data-removed={set.removed.length}
      data-compared-at={state.comparedAt ?? ''}
    >
      <p class="sl-changes-summary">
        <strong>{state.summary ?? `No change since the ${baseline.info.label}`}</strong>
      </p>
      <p class="sl-muted">
        Compared with the {baseline.info.label} ({when(baseline.info.date)}). Inserted words are marked on the page in
        green; removed words are listed below. Typography, line breaks and page furniture are not counted.
        {set.truncated && ' The page is very long: only its first million characters were compared.'}
      </p>
      {state.error && <p class="sl-error">{state.error}</p>}

      {(inChanged.length > 0 || removedWith.length > 0) && (
        <ul class="sl-list sl-changes-affected" aria-label="Statements and highlights in changed text">
          {inChanged.map((a) => (
            <li key={a.record.id} class="sl-changes-flag">
              <span class="sl-quote">“{shorten(a.range?.toString() ?? a.record.selectors.quote.exact, 120)}”</span>{' '}
              {a.record.origin === 'statement' ? 'This quote was changed after publication.' : 'Your highlight sits in text changed after publication.'}{' '}
              <button type="button" class="sl-button sl-small" onClick={() => a.range && scrollToRange(a.range)}>
                Show
              </button>
            </li>
          ))}
          {removedWith.map((a) => (
            <li key={a.record.id} class="sl-changes-flag">
              <span class="sl-quote">“{shorten(a.record.selectors.quote.exact, 120)}”</span> is not on the page because the
              page removed the passage it was in.
            </li>
          ))}
        </ul>
      )}

      {paragraphs.length > 0 && (
        <ol class="sl-list sl-changes-list" aria-label="Changes by paragraph">
          {paragraphs.map((p) => {
            const where = p.paragraph === null ? 'New paragraph' : `Paragraph ${p.paragraph + 1}`;
            const what = p.status === 'unchanged' ? 'moved' : `${p.status}${p.moved ? ', moved' : ''}`;
            const firstRemoved = p.removed[0] ? set.removed.indexOf(p.removed[0]) : -1;
            const target = p.inserted[0]
              ? state.insertedRanges[set.inserted.indexOf(p.inserted[0])]
              : firstRemoved >= 0
                ? state.removedAt[firstRemoved]
                : null;
            return (
              <li key={`${p.status}-${p.paragraph ?? p.live?.start}`} class="sl-changes-item" data-change={p.status}>
                <div class="sl-changes-where">
                  <span class="sl-changes-what">
                    {where}: {what}
                  </span>{' '}
                  {target && (
                    <button type="button" class="sl-button sl-small" onClick={() => scrollToRange(target)}>
                      Show
                    </button>
                  )}
                </div>
                {p.removed.map((r) => (
                  <div key={`r${r.liveAt}-${r.text.length}`} class="sl-changes-removed">
                    <span class="sl-changes-label">Removed:</span> <del>{shorten(r.text, 400)}</del>
                  </div>
                ))}
                {p.inserted.map((i) => (
                  <div key={`i${i.start}`} class="sl-changes-inserted">
                    <span class="sl-changes-label">Inserted:</span> <ins>{shorten(i.text, 400)}</ins>
                  </div>
                ))}
              </li>
            );
          })}
        </ol>
      )}

      <h3 class="sl-changes-heading">Kept versions</h3>
      <p>
        <button type="button" class="sl-button sl-primary sl-changes-keep" disabled={busy || state.status !== 'ready'} onClick={() => void keep()}>
          Keep this version
        </button>{' '}
        <button type="button" class="sl-button sl-changes-open-compare" disabled={state.status !== 'ready'} onClick={() => void openInCompareView()}>
          Open in the compare view
        </button>{' '}
        <button type="button" class="sl-button sl-changes-export-md" onClick={() => exportAs('md')}>
          Export Markdown
        </button>{' '}
        <button type="button" class="sl-button sl-changes-export-json" onClick={() => exportAs('json')}>
          Export JSON
        </button>
      </p>
      {message && (
        <p class="sl-muted" role="status">
          {message}
        </p>
      )}
      <ul class="sl-list sl-changes-history" aria-label="History of kept versions">
        <li class="sl-changes-version" data-snapshot="">
          {state.archived?.label === 'copy you added' ? 'Copy you added' : 'Archived copy'} ({when(state.archived?.date ?? null)}){' '}
          {baseline.snapshotId === null ? (
            <span class="sl-muted">compared now</span>
          ) : (
            <button type="button" class="sl-button sl-small sl-changes-compare" onClick={() => void changes.compareWith(null)}>
              Compare with the page
            </button>
          )}
        </li>
        {state.snapshots.map((s, i) => (
          <li key={s.id} class="sl-changes-version" data-snapshot={s.id}>
            Kept {when(s.takenAt)} from <span class="sl-changes-url">{shorten(s.url, 80)}</span> ({s.paragraphs.length} paragraphs){' '}
            {baseline.snapshotId === s.id ? (
              <span class="sl-muted">compared now</span>
            ) : (
              <button type="button" class="sl-button sl-small sl-changes-compare" onClick={() => void changes.compareWith(s.id)}>
                Compare with the page
              </button>
            )}{' '}
            <button
              type="button"
              class="sl-button sl-small sl-changes-compare-versions"
              title="Opens both versions side by side in the compare view, where any two versions can be chosen"
              onClick={() => openVersions(s.corpusId, i === 0 ? ARCHIVED_REF : snapshotRef(state.snapshots[i - 1]!.id), snapshotRef(s.id))}
            >
              Compare with the previous version
            </button>{' '}
            <button type="button" class="sl-button sl-small sl-changes-remove" onClick={() => void changes.removeSnapshot(s.id)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div ref={downloads} hidden />
    </div>
  );
}
