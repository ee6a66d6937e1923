// The toolbar button says, per tab, whether the page is a corpus article.
import browser from 'webextension-polyfill';
import { outletLabel } from '../ui/outlet-names.ts';
import type { ArticleSummary } from './handlers.ts';

export function markTab(tabId: number, article: ArticleSummary | null): void {
  const action = browser.action;
  if (article) {
    void action.setBadgeText({ tabId, text: '✓' });
    void action.setBadgeBackgroundColor({ tabId, color: '#0b5cad' });
    void action.setTitle({ tabId, title: `Sourcelight: ${outletLabel(article)} — ${article.headline}` });
  } else {
    void action.setBadgeText({ tabId, text: '' });
    void action.setTitle({ tabId, title: 'Sourcelight: not a corpus article' });
  }
}
