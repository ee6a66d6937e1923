// The page contract: one <sourcelight-root data-corpus-id data-outlet> under
// <html>, holding Sourcelight's UI in a closed shadow root. The page sees the
// element and its two attributes, nothing inside it.
import type { OutletId } from '../../src/corpus/types.ts';

export const HOST_TAG = 'sourcelight-root';

export interface OverlayHost {
  element: HTMLElement;
  shadow: ShadowRoot;
  /** Stops the guard that keeps the host attached and visible. */
  disconnect(): void;
}

// Captured at start-up, before page scripts can swap them, so the closed root
// is attached with the browser's own implementation.
const attachShadow = Element.prototype.attachShadow;

const HOST_STYLE: Record<string, string> = {
  display: 'block',
  position: 'static',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
  visibility: 'visible',
  opacity: '1',
  contain: 'none',
  'pointer-events': 'auto',
};

function enforceHostStyle(element: HTMLElement): void {
  for (const [name, value] of Object.entries(HOST_STYLE)) {
    if (element.style.getPropertyValue(name) !== value || element.style.getPropertyPriority(name) !== 'important') {
      element.style.setProperty(name, value, 'important');
    }
  }
}

export function mountHost(corpusId: string, outlet: OutletId): OverlayHost {
  for (const stale of document.documentElement.querySelectorAll(`:scope > ${HOST_TAG}`)) stale.remove();
  const element = document.createElement(HOST_TAG);
  element.setAttribute('data-corpus-id', corpusId);
  element.setAttribute('data-outlet', outlet);
  // Inline !important beats any page stylesheet rule aimed at the host.
  enforceHostStyle(element);
  const shadow = attachShadow.call(element, { mode: 'closed' });
  document.documentElement.append(element);

  // A hostile or clumsy page may restyle or remove the host: put it back.
  const guard = new MutationObserver(() => {
    if (element.parentNode !== document.documentElement) document.documentElement.append(element);
    if (element.getAttribute('data-corpus-id') !== corpusId) element.setAttribute('data-corpus-id', corpusId);
    if (element.getAttribute('data-outlet') !== outlet) element.setAttribute('data-outlet', outlet);
    enforceHostStyle(element);
  });
  guard.observe(document.documentElement, { childList: true });
  guard.observe(element, { attributes: true });
  return { element, shadow, disconnect: () => guard.disconnect() };
}
