// Sourcelight's elements in a page. Two, both children of <html>:
// - <sourcelight-root data-corpus-id data-outlet>: the page contract, on
//   recognised corpus articles only. Empty, with no shadow root: tools read its
//   attributes, nothing else. It is the first child of <html>, so
//   `document.querySelector('sourcelight-root[data-corpus-id]')` finds it before
//   any element of that name a page adds; those present when it mounts are removed.
// - the UI host: a plain <div> holding the overlay (or, on other outlet
//   articles, the highlight toolbar) in a closed shadow root. Its tag is a
//   built-in one, so a page cannot define it as a custom element and reach the
//   closed root through attachInternals(), nor attach a shadow root of its own
//   to it first. Being a sibling of the contract element, a shadow root the page
//   puts on <sourcelight-root> hides nothing of ours.
// Our elements are known by identity (a WeakSet), never by tag: a page can
// name its own elements anything.

export const CONTRACT_TAG = 'sourcelight-root';

const ourHosts = new WeakSet<Element>();

/** Whether an element is one of Sourcelight's (skipped when reading the page's text). */
export function isSourcelightHost(element: Element): boolean {
  return ourHosts.has(element);
}

export interface MountedHost {
  /** The page contract element, when one was asked for. */
  contract: HTMLElement | null;
  /** The element whose closed shadow root holds the UI. */
  ui: HTMLElement;
  shadow: ShadowRoot;
  /** Stops the guard that keeps the elements attached and visible. */
  disconnect(): void;
  /** Sets an attribute of the contract element; the guard keeps the new value from then on. */
  setContractAttribute(name: string, value: string): void;
}

export interface MountOptions {
  /** Attributes of the page contract element; without them no contract element is added. */
  contract?: Readonly<Record<string, string>>;
  /** Called once when the page has undone our elements more often than the guard repairs them. */
  onPageWins?: () => void;
  /** Put the UI host before <body> rather than after it, so its controls come first in the Tab order (the overlay's badge). */
  beforeBody?: boolean;
}

// The content script's world has its own DOM prototypes (Chromium's isolated
// world, Firefox's Xray wrappers): a page that swaps attachShadow does not
// reach this call, and the closed root stays closed to it.
const attachShadow = Element.prototype.attachShadow;

const UI_HOST_STYLE: Record<string, string> = {
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

/**
 * How long the guard waits before each repair after the page undoes our
 * elements. A page that removes them every time they appear gets five repairs
 * in about 8.5 s, then the page wins: without the bound, the two would trade
 * removals and repairs as fast as the page can go (a whole core).
 */
const REPAIR_DELAYS_MS = [0, 100, 400, 1_600, 6_400];

function styleIntact(element: HTMLElement): boolean {
  for (const [name, value] of Object.entries(UI_HOST_STYLE)) {
    if (element.style.getPropertyValue(name) !== value || element.style.getPropertyPriority(name) !== 'important') return false;
  }
  return true;
}

function enforceStyle(element: HTMLElement): void {
  // Inline !important beats any page stylesheet rule aimed at the host.
  for (const [name, value] of Object.entries(UI_HOST_STYLE)) element.style.setProperty(name, value, 'important');
}

function attributesIntact(element: HTMLElement, attributes: Readonly<Record<string, string>>): boolean {
  return Object.entries(attributes).every(([name, value]) => element.getAttribute(name) === value);
}

/** Removes every other element of the contract's name from the document. */
function removeImpostors(contract: HTMLElement): void {
  for (const other of document.querySelectorAll(CONTRACT_TAG)) if (other !== contract) other.remove();
}

export function mountHost(options: MountOptions = {}): MountedHost {
  const html = document.documentElement;
  // A copy: setContractAttribute changes what the guard keeps.
  const contractAttributes = options.contract ? { ...options.contract } : undefined;
  let contract: HTMLElement | null = null;
  if (contractAttributes) {
    contract = document.createElement(CONTRACT_TAG);
    for (const [name, value] of Object.entries(contractAttributes)) contract.setAttribute(name, value);
    ourHosts.add(contract);
    removeImpostors(contract);
    html.prepend(contract);
  }
  const ui = document.createElement('div');
  enforceStyle(ui);
  // Attached before the element is in the document: the page never sees it without our root.
  const shadow = attachShadow.call(ui, { mode: 'closed' });
  ourHosts.add(ui);
  const place = (): void => {
    const body = document.body;
    if (options.beforeBody && body?.parentNode === document.documentElement) document.documentElement.insertBefore(ui, body);
    else document.documentElement.append(ui);
  };
  place();

  const intact = (): boolean => {
    if (ui.parentNode !== document.documentElement || !styleIntact(ui)) return false;
    if (!contract || !contractAttributes) return true;
    return (
      contract.parentNode === document.documentElement &&
      attributesIntact(contract, contractAttributes) &&
      document.querySelector(`${CONTRACT_TAG}[data-corpus-id]`) === contract
    );
  };

  const repair = (): void => {
    const root = document.documentElement;
    if (contract && contractAttributes) {
      removeImpostors(contract);
      if (root.firstElementChild !== contract) root.prepend(contract);
      for (const [name, value] of Object.entries(contractAttributes)) {
        if (contract.getAttribute(name) !== value) contract.setAttribute(name, value);
      }
    }
    if (ui.parentNode !== root) place();
    if (!styleIntact(ui)) enforceStyle(ui);
  };

  // A hostile or clumsy page may restyle or remove our elements: put them
  // back, a bounded number of times (see REPAIR_DELAYS_MS).
  let repairs = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const guard = new MutationObserver(() => {
    if (stopped || pending !== undefined || intact()) return;
    const delay = REPAIR_DELAYS_MS[repairs];
    if (delay === undefined) {
      stop();
      options.onPageWins?.();
      return;
    }
    repairs++;
    if (delay === 0) repair();
    else {
      pending = setTimeout(() => {
        pending = undefined;
        if (!stopped) repair();
      }, delay);
    }
  });
  const stop = (): void => {
    stopped = true;
    clearTimeout(pending);
    guard.disconnect();
  };
  guard.observe(html, { childList: true });
  guard.observe(ui, { attributes: true });
  if (contract) guard.observe(contract, { attributes: true });
  const setContractAttribute = (name: string, value: string): void => {
    if (!contract || !contractAttributes) return;
    contractAttributes[name] = value;
    contract.setAttribute(name, value);
  };
  return { contract, ui, shadow, disconnect: stop, setContractAttribute };
}
