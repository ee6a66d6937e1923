// "Add this page to my corpus", on any web tab. The reader's click on the
// popup grants activeTab for that tab; only then is the extraction script
// injected (chrome.scripting) and run there, and its article sent to the
// worker, which adds it to the reader's own corpus. No host permission is
// needed and nothing runs on the page before the click.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AddReport } from '../../background/handlers.ts';
import type { ExtractionOutcome } from '../../content/extract-article.ts';
import { EXTRACT_FUNCTION, EXTRACT_SCRIPT } from '../../shared/extract-script.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { outletLabel } from '../../ui/outlet-names.ts';

type AddState =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'added'; report: AddReport }
  | { state: 'error'; message: string };

/** Runs the bundled extraction in the tab; throws with the reason when the page holds no article. */
async function extractFromTab(tabId: number) {
  await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string) => (globalThis as unknown as Record<string, () => unknown>)[name]!(),
    args: [EXTRACT_FUNCTION],
  });
  const outcome = injection?.result as ExtractionOutcome | undefined;
  if (!outcome) throw new Error('Sourcelight could not read this page.');
  if (!outcome.ok) throw new Error(`Nothing was added: ${outcome.error}`);
  return outcome.article;
}

/** Web pages only; without activeTab yet the address may be unknown, and the click will tell. */
export function canAddFrom(url: string | undefined): boolean {
  return url === undefined || /^https?:/.test(url);
}

export function AddThisPage({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState<AddState>({ state: 'idle' });
  const add = async () => {
    setStatus({ state: 'working' });
    try {
      const article = await extractFromTab(tabId);
      setStatus({ state: 'added', report: await askWorker('corpus/add', { articles: [article], from: 'page' }) });
    } catch (error) {
      setStatus({ state: 'error', message: (error as Error).message });
    }
  };
  const added = status.state === 'added' ? (status.report.added[0] ?? null) : null;
  const duplicate = status.state === 'added' ? (status.report.duplicates[0] ?? null) : null;
  const readerId = added?.id ?? duplicate?.id;
  return (
    <section class="sl-popup-add" aria-labelledby="sl-add-title">
      <h2 id="sl-add-title" class="sl-visually-hidden">
        Your corpus
      </h2>
      <p>
        <button type="button" class="sl-button" data-action="add-page" disabled={status.state === 'working'} onClick={() => void add()}>
          Add this page to my corpus
        </button>
      </p>
      <p data-add-status role="status" aria-live="polite">
        {status.state === 'working' && 'Reading the article on this page…'}
        {status.state === 'error' && <span class="sl-error">{status.message}</span>}
        {added && (
          <>
            Added to your corpus: <strong>{outletLabel(added)}</strong>, {added.headline}
            {status.state === 'added' && status.report.withoutStatements > 0 && ' (without its statements: Sourcelight could not read them, a fault of ours)'}
          </>
        )}
        {!added && duplicate && <>Already in your corpus: {duplicate.headline}</>}
      </p>
      {readerId && (
        <p>
          <a class="sl-link" data-added-reader href={`../reader/index.html?id=${encodeURIComponent(readerId)}`} target="_blank" rel="noreferrer">
            Open it in the reader page
          </a>
        </p>
      )}
    </section>
  );
}
