// The toolbar button says, per tab, whether the page is a corpus article and,
// once the worker has its cards, the verdict's top fact (badge) and the whole
// verdict line (title).
import browser from 'webextension-polyfill';
import { type Verdict, verdictSentence } from '../../src/provenance/verdict.ts';
import { outletLabel } from '../ui/outlet-names.ts';
import type { ArticleSummary } from './handlers.ts';

export function markTab(tabId: number, article: ArticleSummary | null, verdict?: Verdict): void {
  const action = browser.action;
  if (article) {
    const summary = verdict ? verdictSentence(verdict) : '';
    void action.setBadgeText({ tabId, text: verdict?.badgeText || '✓' });
    void action.setBadgeBackgroundColor({ tabId, color: verdict?.badgeText ? '#8a4b00' : '#0b5cad' });
    void action.setTitle({ tabId, title: `Sourcelight: ${outletLabel(article)} — ${summary ? `${summary} — ` : ''}${article.headline}` });
  } else {
    void action.setBadgeText({ tabId, text: '' });
    void action.setTitle({ tabId, title: 'Sourcelight: not a corpus article' });
  }
}
