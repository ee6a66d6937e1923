// Reader highlights on outlet articles that are not in the corpus. Nothing is
// added to such a page until the reader selects text in it, or has highlights
// on it: then a UI host (a <div> with a closed shadow root, see
// host-element.ts) holds the toolbar and the reader's highlights, drawn there
// (private-marks.ts) where the page's scripts cannot read them, and keyed to
// the page's address.
import { render } from 'preact';
import themeCss from '../ui/theme.css?inline';
import { PageAnnotator } from './highlights/page-annotator.ts';
import { type MountedHost, mountHost } from './host-element.ts';
import { HoverCard } from './overlay/HoverCard.tsx';
import overlayCss from './overlay/overlay.css?inline';
import { SelectionToolbar } from './overlay/SelectionToolbar.tsx';

function Highlighter({ annotator }: { annotator: PageAnnotator }) {
  return (
    <div class="sl-overlay">
      <SelectionToolbar annotator={annotator} lookOnMount />
      <HoverCard annotator={annotator} shipped={[]} />
    </div>
  );
}

/**
 * Draws the page's highlights and waits for the reader to select text before
 * showing any UI. Returns a stop that takes all of it away again (the page
 * later showed a corpus article, which gets the overlay instead).
 */
export async function startHighlighter(): Promise<() => void> {
  let host: MountedHost | null = null;
  let stopped = false;
  // One host for the highlights and the toolbar, mounted by whichever needs it first.
  const hostNow = (): MountedHost | null => {
    if (stopped) return null;
    host ??= mountHost();
    return host;
  };
  const annotator = new PageAnnotator(location.href, null, null, () => hostNow()?.shadow ?? null);
  await annotator.start();
  let mounted = false;
  let unmount = (): void => {};
  const mount = () => {
    if (mounted || stopped) return;
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !annotator.describeSelection(selection)) return;
    mounted = true;
    document.removeEventListener('pointerup', onSelect, true);
    document.removeEventListener('keyup', onSelect, true);
    const shadow = hostNow()!.shadow;
    const style = document.createElement('style');
    style.textContent = `${themeCss}\n${overlayCss}`;
    const container = document.createElement('div');
    shadow.append(style, container);
    render(<Highlighter annotator={annotator} />, container);
    unmount = () => render(null, container);
  };
  // Only the reader's own pointer and keys count: a page's synthetic events do not mount anything.
  const onSelect = (event: Event) => {
    if (event.isTrusted) setTimeout(mount, 0);
  };
  document.addEventListener('pointerup', onSelect, true);
  document.addEventListener('keyup', onSelect, true);
  return () => {
    stopped = true;
    document.removeEventListener('pointerup', onSelect, true);
    document.removeEventListener('keyup', onSelect, true);
    unmount();
    annotator.stop();
    host?.disconnect();
    host?.ui.remove();
  };
}
