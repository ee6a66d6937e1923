// The gate's request for the rest of the content script: the worker injects the
// overlay file into the very frame that asked, and only a content script on an
// outlet's page may ask (nothing of the extension is web-accessible, so this is
// the overlay's only way in).
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../extension/background/handlers.ts';
import { routeMessage } from '../../../extension/background/router.ts';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';

const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const CONTENT = { id: EXT.id, url: 'https://sputniknews.com/20080927/117172470.html', tab: { id: 7 }, frameId: 3 };
const PAGE = { id: EXT.id, url: `${EXT.origin}/extension/pages/library/index.html` };
const LOAD = { type: 'content/load-overlay', payload: {} };

function handlersInjectingInto(injected: [number, number][], withInjector = true) {
  const unused = async (): Promise<never> => {
    throw new Error('not used here');
  };
  return createHandlers({
    corpus: { articles: [], extras: {} } as unknown as CorpusPackage,
    index: unused,
    store: unused,
    markTab: () => undefined,
    openTab: unused,
    ...(withInjector
      ? {
          injectOverlay: async (tabId: number, frameId: number) => {
            injected.push([tabId, frameId]);
          },
        }
      : {}),
  });
}

describe('content/load-overlay', () => {
  it('injects the overlay into the tab and frame that asked', async () => {
    const injected: [number, number][] = [];
    expect(await routeMessage(handlersInjectingInto(injected), LOAD, CONTENT, EXT)).toEqual({ ok: true, value: null });
    expect(injected).toEqual([[7, 3]]);
  });

  it('is refused to extension pages and to senders outside a tab', async () => {
    const injected: [number, number][] = [];
    const handlers = handlersInjectingInto(injected);
    expect(await routeMessage(handlers, LOAD, PAGE, EXT)).toMatchObject({ ok: false, error: expect.stringMatching(/may not be sent/) });
    const noFrame = { ...CONTENT, frameId: undefined };
    expect(await routeMessage(handlers, LOAD, noFrame, EXT)).toMatchObject({ ok: false, error: expect.stringMatching(/only be loaded into a tab/) });
    expect(injected).toEqual([]);
  });

  it('says so when the worker has no way to inject', async () => {
    expect(await routeMessage(handlersInjectingInto([], false), LOAD, CONTENT, EXT)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cannot load the overlay/),
    });
  });
});
