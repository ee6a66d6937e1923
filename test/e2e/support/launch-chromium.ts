// Starts Debian's Chromium with the built extension, serves fixture pages at
// the outlets' real addresses by request interception and aborts every other
// request, so no test reaches the network.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type HTTPRequest, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { requireBrowser } from '../../../scripts/lib/find-browser.js';
import { within } from './wait.ts';

export const DIST_DIR = resolve(import.meta.dirname, '../../../dist');

export interface LaunchOptions {
  /** Reuse a profile to test what survives a browser restart. */
  userDataDir?: string;
  extensionDir?: string;
  /** Load no extension (to compare the page's own requests). */
  withoutExtension?: boolean;
  /** Show the browser window (needs a display); tests run headless. */
  headed?: boolean;
  /** More Chromium switches (e.g. --enable-unsafe-extension-debugging to click the toolbar button). */
  extraArgs?: string[];
}

export interface ServedRequest {
  url: string;
  served: boolean;
  pageUrl: string;
}

export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  userDataDir: string;
  /** Every request any outlet page made: served from fixtures or aborted. */
  requests: ServedRequest[];
  /** Requests the extension's service worker made (there should be none). */
  workerRequests: string[];
  /** A new tab whose requests are answered from `routes` (address → HTML). */
  openPage(url: string, routes: ReadonlyMap<string, string>): Promise<Page>;
  worker(): Promise<WebWorker>;
  extensionPage(path: string): Promise<Page>;
  /** Stops the service worker (detaching the test's own watcher so it can start again). */
  restartWorker(): Promise<void>;
  /** Resumes logging the worker's network requests after a restart. */
  watchWorkerAgain(): Promise<void>;
  /** Sends a worker message from an extension page, as the library or popup would; resolves to the reply. */
  sendFromExtensionPage(message: { type: string; payload: unknown }): Promise<{ ok: boolean; value?: unknown; error?: string }>;
  close(): Promise<void>;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? DIST_DIR;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'sourcelight-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // Fixture pages are served at their exact addresses: an http:// one must not be upgraded to https://
    // (another fixture may live there, e.g. Oye! Times' endless-scroll page).
    '--disable-features=HttpsUpgrades',
    '--no-first-run',
    '--disable-gpu',
    '--window-size=1280,900',
    ...(options.extraArgs ?? []),
  ];
  if (!options.withoutExtension) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  const browser = await puppeteer.launch({
    executablePath: requireBrowser('chromium'),
    headless: !options.headed,
    pipe: true,
    userDataDir,
    args,
    ignoreDefaultArgs: options.withoutExtension ? [] : ['--disable-extensions'],
    defaultViewport: { width: 1280, height: 900 },
  });

  const requests: ServedRequest[] = [];
  let watchWorker: () => Promise<void> = async () => undefined;
  let workerWatch: CDPSession | null = null;
  const workerRequests: string[] = [];
  let extensionId = '';
  if (!options.withoutExtension) {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 30_000 },
    );
    extensionId = new URL(target.url()).host;
    // Log every network request the worker makes, for the no-network check.
    // A CDP session attached to the worker keeps it from restarting, so
    // restartWorker() detaches the watcher first and attaches a new one after.
    watchWorker = async () => {
      const t = await browser.waitForTarget(
        (x) => x.type() === 'service_worker' && x.url().startsWith(`chrome-extension://${extensionId}/`),
      );
      const session = await t.createCDPSession();
      session.on('Network.requestWillBeSent', (event: { request: { url: string } }) => {
        if (/^https?:/.test(event.request.url)) workerRequests.push(event.request.url);
      });
      await session.send('Network.enable').catch(() => undefined);
      workerWatch = session;
    };
    await watchWorker();
  }

  const isOurWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`);

  /** Whether `w` answers an evaluation within 5 s (a stopped worker's handle never does). */
  async function answers(w: WebWorker): Promise<boolean> {
    return within('the service worker answers', w.evaluate(() => true), 5_000).catch(() => false);
  }

  /** Starts the worker the way the browser does, with a message from an extension page, closed again at once. */
  async function wakeWorker(): Promise<void> {
    let page: Page | null = null;
    try {
      page = await extensionPage('extension/pages/popup/index.html');
      await within('a message that wakes the worker', page.evaluate(() => chrome.runtime.sendMessage({ type: 'library/all', payload: {} })), 5_000)
        .catch(() => undefined);
    } catch {
      // The next round looks again.
    } finally {
      await page?.close().catch(() => undefined);
    }
  }

  /**
   * The running service worker, checked live: right after the worker was stopped (restartWorker, or the browser
   * idling it) the target list can still hold the stopped one, and its handle then refuses every evaluation
   * ("Execution context is not available in detached … worker"); a test failed so under load. Every listed worker is
   * tried, newest first. In one CI run (thirty-ninth session) the only listed worker never answered for the whole 30 s
   * and no new one started: after 5 s with no live worker, and every 5 s after, one is woken as the browser would wake
   * it. That opens and closes an extension tab, so it runs only on the path that otherwise failed the test.
   */
  async function worker(): Promise<WebWorker> {
    const started = Date.now();
    const deadline = started + 30_000;
    let wokenAt = started;
    for (;;) {
      for (const target of browser.targets().filter(isOurWorker).reverse()) {
        const w = await target.worker();
        if (w && (await answers(w))) return w;
      }
      if (Date.now() > deadline) throw new Error('The extension service worker never answered');
      if (Date.now() - wokenAt > 5_000) {
        await wakeWorker();
        wokenAt = Date.now();
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function openPage(url: string, routes: ReadonlyMap<string, string>): Promise<Page> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const wanted = withoutFragment(request.url());
      // The extension's own files (the content script's chunks) load from the package.
      if (wanted.startsWith('chrome-extension://')) {
        void request.continue();
        return;
      }
      const body = routes.get(wanted);
      const pageUrl = page.url();
      if (body !== undefined && request.resourceType() === 'document') {
        requests.push({ url: wanted, served: true, pageUrl });
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      } else {
        requests.push({ url: wanted, served: false, pageUrl });
        void request.abort('internetdisconnected');
      }
    });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async function extensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
    return page;
  }

  /** Stops the service worker the way the browser does when it idles; the next message starts a new one. */
  async function restartWorker(): Promise<void> {
    await workerWatch?.detach().catch(() => undefined);
    workerWatch = null;
    await (await worker()).close();
  }

  let messenger: Page | null = null;
  async function sendFromExtensionPage(message: { type: string; payload: unknown }) {
    if (!messenger || messenger.isClosed()) messenger = await extensionPage('extension/pages/popup/index.html');
    return messenger.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{
      ok: boolean;
      value?: unknown;
      error?: string;
    }>;
  }

  return {
    browser,
    sendFromExtensionPage,
    restartWorker,
    watchWorkerAgain: () => watchWorker(),
    extensionId,
    userDataDir,
    requests,
    workerRequests,
    openPage,
    worker,
    extensionPage,
    close: () => browser.close(),
  };
}
