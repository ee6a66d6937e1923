// Sourcelight's elements in a page, each holding its UI in a closed shadow
// root: the page sees the element (and its attributes), nothing inside it.
// - <sourcelight-root data-corpus-id data-outlet>: the page contract, on
//   recognised corpus articles only.
// - <sourcelight-highlighter>: on other outlet pages, added only once the
//   reader selects text there (the highlight toolbar needs somewhere to live).

export const HOST_TAG = 'sourcelight-root';
export const HIGHLIGHTER_TAG = 'sourcelight-highlighter';
export type HostTag = typeof HOST_TAG | typeof HIGHLIGHTER_TAG;

/** Whether an element is one of Sourcelight's hosts (skipped when reading the page's text). */
export function isSourcelightHost(element: Element): boolean {
  return element.localName === HOST_TAG || element.localName === HIGHLIGHTER_TAG;
}

export interface OverlayHost {
  element: HTMLElement;
  shadow: ShadowRoot;
  /** Stops the guard that keeps the host attached and visible. */
  disconnect(): void;
}

// The content script's world has its own DOM prototypes (Chromium's isolated
// world, Firefox's Xray wrappers): a page that swaps attachShadow does not
// reach this call, and the closed root stays closed to it.
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

export function mountHost(tag: HostTag, attributes: Readonly<Record<string, string>> = {}): OverlayHost {
  for (const stale of document.documentElement.querySelectorAll(`:scope > ${tag}`)) stale.remove();
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  // Inline !important beats any page stylesheet rule aimed at the host.
  enforceHostStyle(element);
  const shadow = attachShadow.call(element, { mode: 'closed' });
  document.documentElement.append(element);

  // A hostile or clumsy page may restyle or remove the host: put it back.
  const guard = new MutationObserver(() => {
    if (element.parentNode !== document.documentElement) document.documentElement.append(element);
    for (const [name, value] of Object.entries(attributes)) {
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
    enforceHostStyle(element);
  });
  guard.observe(document.documentElement, { childList: true });
  guard.observe(element, { attributes: true });
  return { element, shadow, disconnect: () => guard.disconnect() };
}
