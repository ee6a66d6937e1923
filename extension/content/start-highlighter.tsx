// Reader highlights on outlet articles that are not in the corpus. Nothing is
// added to such a page until the reader selects text in it: then a UI host
// (a <div> with a closed shadow root, see host-element.ts) holds the toolbar. The
// reader's earlier highlights on the page are drawn with the Custom Highlight
// API (no DOM change) and keyed to the page's address.
import { render } from 'preact';
import themeCss from '../ui/theme.css?inline';
import { PageAnnotator } from './highlights/page-annotator.ts';
import { mountHost } from './host-element.ts';
import { HoverCard } from './overlay/HoverCard.tsx';
import overlayCss from './overlay/overlay.css?inline';
import { SelectionToolbar } from './overlay/SelectionToolbar.tsx';
import { Toast, useToast } from './overlay/Toast.tsx';

function Highlighter({ annotator }: { annotator: PageAnnotator }) {
  const { message, toast, close } = useToast();
  return (
    <div class="sl-overlay">
      <SelectionToolbar annotator={annotator} toast={toast} lookOnMount />
      <HoverCard annotator={annotator} shipped={[]} />
      <Toast message={message} onClose={close} />
    </div>
  );
}

/**
 * Draws the page's highlights and waits for the reader to select text before
 * showing any UI. Returns a stop that takes all of it away again (the page
 * later showed a corpus article, which gets the overlay instead).
 */
export async function startHighlighter(): Promise<() => void> {
  const annotator = new PageAnnotator(location.href, null);
  await annotator.start();
  let mounted = false;
  let stopped = false;
  let unmount = (): void => {};
  const mount = () => {
    if (mounted || stopped) return;
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !annotator.describeSelection(selection)) return;
    mounted = true;
    document.removeEventListener('pointerup', onSelect, true);
    document.removeEventListener('keyup', onSelect, true);
    const host = mountHost();
    const style = document.createElement('style');
    style.textContent = `${themeCss}\n${overlayCss}`;
    const container = document.createElement('div');
    host.shadow.append(style, container);
    render(<Highlighter annotator={annotator} />, container);
    unmount = () => {
      render(null, container);
      host.disconnect();
      host.ui.remove();
    };
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
  };
}
