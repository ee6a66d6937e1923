// Asks a tab's content script what it decided about its page, the way the
// popup does (through the extension, since the page itself shows nothing).
import type { ChromiumSession } from './launch-chromium.ts';

export interface PageStatus {
  state: 'checking' | 'not-article' | 'not-in-corpus' | 'recognized' | 'error';
  corpusId?: string;
  message?: string;
}

export async function pageStatus(session: ChromiumSession, url: string, timeoutMs = 20_000): Promise<PageStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await session
      .worker()
      .then((w) =>
        w.evaluate(async (pageUrl: string) => {
          const tabs = await chrome.tabs.query({});
          const tab = tabs.find((t) => t.url === pageUrl);
          if (tab?.id === undefined) return null;
          return (await chrome.tabs.sendMessage(tab.id, { type: 'overlay/status' })) as PageStatus;
        }, url),
      )
      .catch(() => null);
    if (status && status.state !== 'checking') return status;
    if (Date.now() > deadline) throw new Error(`The content script on ${url} gave no verdict in time`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
