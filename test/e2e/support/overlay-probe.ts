// Reads and drives Sourcelight's overlay from a test. The overlay lives in a
// closed shadow root that the page cannot open; the test reaches it the way
// only the extension can, by evaluating in the content script's isolated world
// (chrome.dom.openOrClosedShadowRoot), and clicks with the real mouse. The
// root's host is a plain <div> under <html> (not the contract element): the
// probe takes the last child of <html> that has a shadow root.
import type { CDPSession, Page } from 'puppeteer-core';

interface ExecutionContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

export interface ElementInfo {
  text: string;
  rect: { x: number; y: number; width: number; height: number };
  attributes: Record<string, string>;
}

export class OverlayProbe {
  private constructor(
    readonly page: Page,
    private readonly client: CDPSession,
    private contextId: number,
  ) {}

  /** Waits for the content script's isolated world on the page's main frame. */
  static async attach(page: Page, extensionId: string, timeoutMs = 15_000): Promise<OverlayProbe> {
    const client = await page.createCDPSession();
    const contexts: ExecutionContextDescription[] = [];
    client.on('Runtime.executionContextCreated', (event: { context: ExecutionContextDescription }) => {
      contexts.push(event.context);
    });
    await client.send('Runtime.enable');
    const mainFrameId = (page.mainFrame() as unknown as { _id: string })._id;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = contexts
        .filter((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)
        .filter((c) => !mainFrameId || c.auxData?.frameId === mainFrameId)
        .at(-1);
      if (found) return new OverlayProbe(page, client, found.id);
      if (Date.now() > deadline) throw new Error('The Sourcelight content script world never appeared');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Evaluates `body` (a function body; `root` is the overlay's shadow root, `host` its element) in the content script world. */
  async evaluate<T>(body: string): Promise<T> {
    const expression = `(async () => {
      // The UI's host is a plain <div> under <html> holding a closed shadow root (not the contract element).
      // Kept once found: after an extension update the orphaned world can no longer call chrome.dom.
      const roots = (globalThis.__sourcelightProbeRoots ??= new Map());
      let host = [...roots.keys()].find((el) => el.isConnected) ?? null;
      if (!host) {
        host = [...document.documentElement.children]
          .reverse()
          .find((el) => el.localName === 'div' && chrome.dom.openOrClosedShadowRoot(el)) ?? null;
        if (host) roots.set(host, chrome.dom.openOrClosedShadowRoot(host));
      }
      const root = host ? roots.get(host) : null;
      ${body}
    })()`;
    const result = (await this.client.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (result.exceptionDetails) {
      throw new Error(`In the content script world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    }
    return result.result.value as T;
  }

  /** Ends the probe's CDP session (a probe attached for one look). */
  async detach(): Promise<void> {
    await this.client.detach().catch(() => undefined);
  }

  /** Evaluates a whole script (e.g. a library's source) in the content script world. */
  async evaluateScript(source: string): Promise<void> {
    const result = (await this.client.send('Runtime.evaluate', { expression: source, contextId: this.contextId })) as {
      exceptionDetails?: { text: string };
    };
    if (result.exceptionDetails) throw new Error(`Script failed in the content script world: ${result.exceptionDetails.text}`);
  }

  async query(selector: string): Promise<ElementInfo | null> {
    return this.evaluate<ElementInfo | null>(`
      const el = root?.querySelector(${JSON.stringify(selector)});
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent ?? '',
        rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      };`);
  }

  async queryAll(selector: string): Promise<ElementInfo[]> {
    return this.evaluate<ElementInfo[]>(`
      return [...(root?.querySelectorAll(${JSON.stringify(selector)}) ?? [])].map((el) => {
        const r = el.getBoundingClientRect();
        return {
          text: el.textContent ?? '',
          rect: { x: r.x, y: r.y, width: r.width, height: r.height },
          attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        };
      });`);
  }

  async waitFor(selector: string, timeoutMs = 10_000): Promise<ElementInfo> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const info = await this.query(selector).catch(() => null);
      if (info) return info;
      if (Date.now() > deadline) throw new Error(`Overlay element ${selector} never appeared`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Clicks the centre of an overlay element with the real mouse (scrolled into view first). */
  async click(selector: string): Promise<void> {
    await this.waitFor(selector);
    // As a reader would: scroll it into view in its scrolling box (the panel body) first.
    await this.evaluate(`root?.querySelector(${JSON.stringify(selector)})?.scrollIntoView({ block: 'nearest', inline: 'nearest' });`);
    const info = await this.waitForStill(selector);
    await this.page.mouse.click(info.rect.x + info.rect.width / 2, info.rect.y + info.rect.height / 2);
  }

  /**
   * The element once its box is the same two animation frames apart. The badge follows the view a frame after a
   * scroll (Overlay.tsx, useBadgeSpot): measured in between, a click lands where it was, misses it, and the panel
   * never opens (seen under load: the badge read at y 366, drawn at 422 a frame later).
   */
  async waitForStill(selector: string, timeoutMs = 10_000): Promise<ElementInfo> {
    const deadline = Date.now() + timeoutMs;
    let before = await this.waitFor(selector, timeoutMs);
    for (;;) {
      // Two frames, or 250 ms: a tab in the background runs no animation frames (and nothing there moves).
      await this.evaluate(
        'await Promise.race([new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))), new Promise((r) => setTimeout(r, 250))]);',
      );
      const after = await this.waitFor(selector, Math.max(0, deadline - Date.now()));
      const same = (['x', 'y', 'width', 'height'] as const).every((k) => before.rect[k] === after.rect[k]);
      if (same) return after;
      if (Date.now() > deadline) throw new Error(`Overlay element ${selector} never stopped moving`);
      before = after;
    }
  }

  /** Opens the panel if it is closed (scrolling back to the badge, as a reader would) and shows the tab named `label`. */
  async showTab(label: string): Promise<void> {
    if (!(await this.query('#sl-panel'))) {
      await this.page.evaluate(() => window.scrollTo(0, 0));
      await this.click('.sl-badge');
    }
    await this.waitFor('#sl-panel [role="tab"]');
    const tabs = await this.queryAll('[role="tab"]');
    const index = tabs.findIndex((t) => t.text === label);
    if (index < 0) throw new Error(`The panel has no tab "${label}" (tabs: ${tabs.map((t) => t.text).join(', ')})`);
    await this.click(`[role="tab"]:nth-child(${index + 1})`);
  }

  /** The element focused inside the overlay, as a selector-ish description. */
  async activeElement(): Promise<{ tag: string; text: string; attributes: Record<string, string> } | null> {
    return this.evaluate(`
      const el = root?.activeElement;
      if (!el) return null;
      return { tag: el.tagName.toLowerCase(), text: el.textContent ?? '', attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) };`);
  }
}
