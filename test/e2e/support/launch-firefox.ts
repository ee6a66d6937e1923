// Starts Debian's Firefox ESR over WebDriver BiDi with the Firefox build
// (dist-firefox/) installed as a temporary add-on, serves fixture pages at the
// outlets' real addresses by request interception and aborts every other
// request. Firefox's own background services are switched off by preference,
// and a dead proxy catches anything that still tries to leave the machine.
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { requireBrowser } from '../../../scripts/lib/find-browser.js';

export const DIST_FIREFOX_DIR = resolve(import.meta.dirname, '../../../dist-firefox');

export interface FirefoxLaunchOptions {
  extensionDir?: string;
  /** Load no extension (to compare the page's own behaviour). */
  withoutExtension?: boolean;
}

export interface ServedRequest {
  url: string;
  served: boolean;
  pageUrl: string;
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id Firefox reports for the installed build. */
  extensionId: string;
  /** Every request any outlet page made: served from fixtures or aborted. */
  requests: ServedRequest[];
  /** A new tab whose requests are answered from `routes` (address → HTML). */
  openPage(url: string, routes: ReadonlyMap<string, string>): Promise<Page>;
  close(): Promise<void>;
}

// Puppeteer already disables updates, safe browsing lists, Normandy's API,
// the blocklist server and health reports; these cover the rest of what a
// fresh Firefox profile would contact on its own.
const OFFLINE_PREFS: Record<string, unknown> = {
  // Telemetry and its pings.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  // Updates of the browser, of add-ons, of system add-ons.
  'app.update.auto': false,
  'app.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.blocklist.enabled': false,
  // Captive portal and connectivity probes.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  // Remote settings, studies and experiments.
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'services.settings.poll_interval': 31_536_000,
  // Safe browsing list downloads.
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // Region lookup, geolocation, push.
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  // Speculative traffic, DNS over HTTPS, certificate checks.
  'network.prefetch-next': false,
  'network.dns.disablePrefetch': true,
  'network.predictor.enabled': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // New tab page, add-on recommendations, media plugins.
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.topsites.contile.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'browser.discovery.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-gmpopenh264.autoupdate': false,
  // Anything that slips through goes to a closed local port, never outside.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
};

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? DIST_FIREFOX_DIR;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: requireBrowser('firefox'),
    headless: true,
    // No userDataDir: puppeteer makes a fresh profile and deletes it on close.
    extraPrefsFirefox: OFFLINE_PREFS,
    defaultViewport: { width: 1280, height: 900 },
  });

  let extensionId = '';
  if (!options.withoutExtension) {
    try {
      extensionId = await browser.installExtension(extensionDir);
    } catch (error) {
      await browser.close();
      throw new Error(`Firefox refused the extension in ${extensionDir}: ${(error as Error).message}`);
    }
  }

  const requests: ServedRequest[] = [];

  async function openPage(url: string, routes: ReadonlyMap<string, string>): Promise<Page> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const wanted = withoutFragment(request.url());
      // The extension's own files (the content script's chunks) load from the
      // package; data: URLs (inline fonts) never touch the network either.
      if (wanted.startsWith('moz-extension://') || wanted.startsWith('data:')) {
        void request.continue();
        return;
      }
      const body = routes.get(wanted);
      const pageUrl = page.url();
      // Over BiDi Firefox reports no resource type: serve documents to navigations only.
      if (body !== undefined && request.isNavigationRequest()) {
        requests.push({ url: wanted, served: true, pageUrl });
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      } else {
        requests.push({ url: wanted, served: false, pageUrl });
        void request.abort();
      }
    });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  return { browser, extensionId, requests, openPage, close: () => browser.close() };
}
