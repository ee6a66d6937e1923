// Mounts the page contract and the overlay for a recognised page.
import { render } from 'preact';
import themeCss from '../ui/theme.css?inline';
import type { RecognizedPage } from '../background/handlers.ts';
import { ArticleFacts } from '../ui/ArticleFacts.tsx';
import { badgePlacement } from './badge-placement.ts';
import { mountHost } from './host-element.ts';
import overlayCss from './overlay/overlay.css?inline';
import { Overlay, type OverlayState } from './overlay/Overlay.tsx';

export async function startOverlay(page: RecognizedPage): Promise<() => void> {
  const host = mountHost(page.article.id, page.article.outlet);
  const style = document.createElement('style');
  style.textContent = `${themeCss}\n${overlayCss}`;
  host.shadow.append(style);
  const container = document.createElement('div');
  host.shadow.append(container);

  let open: () => void = () => undefined;
  const initialState: OverlayState = 'collapsed';
  const blocks = [...document.querySelectorAll('article p, main p, p')].slice(0, 40);
  render(
    <Overlay
      page={page}
      initialState={initialState}
      onStateChange={() => undefined}
      placement={badgePlacement(blocks)}
      exposeOpen={(fn) => {
        open = fn;
      }}
      tabs={[{ id: 'about', label: 'About this article', render: () => <ArticleFacts page={page} /> }]}
    />,
    container,
  );
  return () => open();
}
