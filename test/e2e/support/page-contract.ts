// The page contract as a page's own scripts see it, read the same way in
// Chromium and Firefox: one <sourcelight-root> under <html> with the corpus id
// and outlet, and nothing readable inside it.
import type { Page } from 'puppeteer-core';
import catalog from '../../../fixtures/corpus/catalog.json' with { type: 'json' };

const outletOf = new Map(catalog.articles.map((a) => [a.id, a.outlet]));

export interface ContractSeen {
  count: number;
  parent: string | undefined;
  corpusId: string | null;
  outlet: string | null;
  shadowVisibleToPage: boolean;
  innerHTML: string;
}

export function readPageContract(page: Page): Promise<ContractSeen> {
  return page.evaluate(() => {
    const all = document.querySelectorAll('sourcelight-root');
    const el = all[0]!;
    return {
      count: all.length,
      parent: el.parentElement?.tagName,
      corpusId: el.getAttribute('data-corpus-id'),
      outlet: el.getAttribute('data-outlet'),
      shadowVisibleToPage: el.shadowRoot !== null,
      innerHTML: el.innerHTML,
    };
  });
}

/** What a page showing corpus article `corpusId` must present. */
export function expectedContract(corpusId: string): ContractSeen {
  return {
    count: 1,
    parent: 'HTML',
    corpusId,
    outlet: outletOf.get(corpusId) ?? null,
    shadowVisibleToPage: false,
    innerHTML: '',
  };
}
