// The toolbar popup: is the current tab a corpus article, which one, and a way
// into its overlay. It asks the tab's content script, which knows.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import '../../ui/theme.css';
import '../page.css';
import { outletForHost } from '../../../src/corpus/outlet-hosts.ts';
import { OUTLET_NAMES } from '../../ui/outlet-names.ts';
import type { OutletId } from '../../../src/corpus/types.ts';
import { AddThisPage, canAddFrom } from './AddThisPage.tsx';
import { OutletFacts } from './OutletFacts.tsx';
import { PopupVerdict } from './PopupVerdict.tsx';
import '../../ui/cards.css';
import './popup.css';

type Status =
  | { state: 'loading' }
  | { state: 'unsupported' }
  | { state: 'checking' | 'not-article' | 'not-in-corpus' | 'removed-by-page' }
  | { state: 'recognized'; corpusId: string; headline: string; outlet: OutletId }
  | { state: 'error'; message: string };

function Popup() {
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [tabUrl, setTabUrl] = useState<string | undefined>(undefined);

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setStatus({ state: 'unsupported' });
      setTabId(tab.id);
      setTabUrl(tab.url);
      try {
        setStatus((await browser.tabs.sendMessage(tab.id, { type: 'overlay/status' })) as Status);
      } catch {
        // No answer: either not an outlet's site, or a page the content script's
        // cheap gate found to be no article (it listens only on article-like pages).
        const host = tab.url ? new URL(tab.url).hostname : '';
        setStatus({ state: outletForHost(host) ? 'not-article' : 'unsupported' });
      }
    })();
  }, []);

  /** Opens the panel in the tab, at a verdict clause's sourced detail when one is given. */
  // One of the three outlets' sites (any page of it): its facts are shown whether or not the page is in the corpus.
  const siteOutlet = tabUrl?.startsWith('http') ? outletForHost(new URL(tabUrl).hostname) : null;

  const openPanel = async (verdictKind?: string) => {
    if (tabId === null) return;
    await browser.tabs.sendMessage(tabId, verdictKind ? { type: 'overlay/open', verdictKind } : { type: 'overlay/open' });
    window.close();
  };

  return (
    <div class="sl-popup">
      <h1>Sourcelight</h1>
      <p role="status" aria-live="polite">
        {status.state === 'loading' && 'Looking at this tab…'}
        {status.state === 'checking' && 'Reading this page…'}
        {status.state === 'unsupported' && 'Sourcelight overlays Sputnik, Reuters and Oye! Times pages; you can add any other article to your corpus.'}
        {status.state === 'not-article' && 'This page does not look like an article.'}
        {status.state === 'not-in-corpus' && 'This article is not in the Sourcelight corpus.'}
        {status.state === 'removed-by-page' &&
          'This page removed Sourcelight’s panel. The library below still has your highlights and notes.'}
        {status.state === 'error' && <span class="sl-error">Sourcelight could not read this page: {status.message}</span>}
        {status.state === 'recognized' && (
          <>
            Corpus article from <strong>{OUTLET_NAMES[status.outlet]}</strong>: {status.headline}
          </>
        )}
      </p>
      {status.state === 'recognized' && <PopupVerdict corpusId={status.corpusId} onOpen={(kind) => void openPanel(kind)} />}
      {status.state === 'recognized' && (
        <p>
          <button type="button" class="sl-button sl-primary" onClick={() => void openPanel()}>
            Open the Sourcelight panel
          </button>{' '}
          <a class="sl-link" href={`../reader/index.html?id=${encodeURIComponent(status.corpusId)}`} target="_blank" rel="noreferrer">
            Reader page
          </a>
        </p>
      )}
      {siteOutlet && (status.state === 'not-in-corpus' || status.state === 'not-article') && (
        <OutletFacts outlet={siteOutlet} article={status.state === 'not-in-corpus'} />
      )}
      {tabId !== null && status.state !== 'loading' && status.state !== 'recognized' && canAddFrom(tabUrl) && <AddThisPage tabId={tabId} />}
      <p>
        <a class="sl-link" href="../library/index.html" target="_blank" rel="noreferrer">
          Library: all highlights and notes
        </a>
      </p>
    </div>
  );
}

render(<Popup />, document.getElementById('app')!);
