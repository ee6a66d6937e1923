// Asks a tab's content script what it decided about its page, the way the
// popup does (through the extension, since the page itself shows nothing).
import type { ChromiumSession } from './launch-chromium.ts';

export interface PageStatus {
  /**
   * 'quiet': the content script registered no listener, which it does only once a
   * page looks like an article (touching the messaging API costs milliseconds).
   */
  state: 'checking' | 'not-article' | 'not-in-corpus' | 'recognized' | 'error' | 'quiet';
  corpusId?: string;
  message?: string;
}

/** How long a tab must stay quiet before we take it that the content script saw no article. */
const QUIET_FOR_MS = 1_200;

export async function pageStatus(session: ChromiumSession, url: string, timeoutMs = 20_000): Promise<PageStatus> {
  const deadline = Date.now() + timeoutMs;
  let quietSince: number | null = null;
  for (;;) {
    const status = await session
      .worker()
      .then((w) =>
        w.evaluate(async (pageUrl: string) => {
          const tabs = await chrome.tabs.query({});
          const tab = tabs.find((t) => t.url === pageUrl);
          if (tab?.id === undefined || tab.status !== 'complete') return null;
          try {
            return (await chrome.tabs.sendMessage(tab.id, { type: 'overlay/status' })) as PageStatus;
          } catch {
            return { state: 'quiet' } as PageStatus;
          }
        }, url),
      )
      .catch(() => null);
    if (status?.state === 'quiet') {
      quietSince ??= Date.now();
      if (Date.now() - quietSince >= QUIET_FOR_MS) return status;
    } else {
      quietSince = null;
      if (status && status.state !== 'checking') return status;
    }
    if (Date.now() > deadline) throw new Error(`The content script on ${url} gave no verdict in time`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
