// Mounts the page contract and the overlay for a recognised page, and starts
// the annotator that keeps statement and reader highlights anchored. A page
// holding several corpus articles gets one overlay for all of them
// (overlay/ArticlesOnPage.tsx); more can be added while the page lives.
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { outletForHost } from '../../src/corpus/outlet-hosts.ts';
import type { RecognizedPage } from '../background/handlers.ts';
import { askWorker } from '../shared/worker-client.ts';
import { ArticleCardView } from '../ui/ArticleCardView.tsx';
import { ArticleFacts } from '../ui/ArticleFacts.tsx';
import { CrossReferencesView } from '../ui/CrossReferencesView.tsx';
import cardsCss from '../ui/cards.css?inline';
import { OutletCards } from '../ui/OutletCards.tsx';
import type { OpenTarget } from '../ui/open-target.ts';
import themeCss from '../ui/theme.css?inline';
import { badgePlacement } from './badge-placement.ts';
import { ArticleMarkers, ArticleSwitcher, ArticlesOnPage, type ShownArticle, useArticlesOnPage } from './overlay/ArticlesOnPage.tsx';
import articlesCss from './overlay/articles-on-page.css?inline';
import { ChangesTab, useChangesSummary } from './overlay/ChangesTab.tsx';
import changesCss from './overlay/changes.css?inline';
import { PageChanges } from './overlay/page-changes.ts';
import { PageAnnotator } from './highlights/page-annotator.ts';
import { isSourcelightHost, mountHost } from './host-element.ts';
import { HighlightsTab } from './overlay/HighlightsTab.tsx';
import { HoverCard } from './overlay/HoverCard.tsx';
import { Overlay, type OverlayState } from './overlay/Overlay.tsx';
import overlayCss from './overlay/overlay.css?inline';
import { SelectionToolbar } from './overlay/SelectionToolbar.tsx';
import { StatementsTab } from './overlay/StatementsTab.tsx';
import { StatementsToggle } from './overlay/StatementsToggle.tsx';
import { Toast, useToast } from './overlay/Toast.tsx';

/** Extension pages open through the worker; outlet addresses as ordinary links. */
function open(target: OpenTarget): void {
  if (target.kind === 'address') {
    window.open(target.url, '_blank', 'noopener,noreferrer');
    return;
  }
  void askWorker('pages/open', target).catch((error: unknown) => console.warn('Sourcelight:', error));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface AppProps {
  /** The first recognised article: the contract's, and the panel's until the reader picks another. */
  first: RecognizedPage;
  articles: ArticlesOnPage;
  annotator: PageAnnotator;
  pageChanges: PageChanges;
  initialState: OverlayState;
  placement: ReturnType<typeof badgePlacement>;
  exposeOpen: (fn: (verdictKind?: string) => void) => void;
}

function App({ first, articles, annotator, pageChanges, initialState, placement, exposeOpen }: AppProps) {
  const { message, toast, close } = useToast();
  const host = location.hostname;
  const shown = useArticlesOnPage(articles);
  // The article the panel shows, by id (an article a feed adds above it does not move the choice).
  const [selectedId, setSelectedId] = useState(first.article.id);
  const at = Math.max(0, shown.findIndex((a) => a.page.article.id === selectedId));
  const page = shown[at]!.page;
  const setSelected = (index: number) => setSelectedId(shown[index]!.page.article.id);
  const { extras, article } = page;
  const openPanel = useRef<(verdictKind?: string) => void>(() => undefined);
  // What changed since the archived copy is one of the facts a reader must not miss (kept for the first article).
  const changesSummary = useChangesSummary(pageChanges);
  return (
    <>
      <Overlay
        page={page}
        initialState={initialState}
        placement={placement}
        exposeOpen={(fn) => {
          openPanel.current = fn;
          exposeOpen(fn);
        }}
        onStateChange={(overlay) => void askWorker('site/set-prefs', { host, overlay }).catch(() => undefined)}
        headerControls={
          <>
            <ArticleSwitcher count={shown.length} selected={at} onSelect={setSelected} />
            <StatementsToggle annotator={annotator} host={host} />
          </>
        }
        verdictExtra={changesSummary && page === first ? [capitalise(changesSummary)] : []}
        tabs={[
          {
            id: 'provenance',
            label: 'Provenance',
            render: () => (
              <>
                <ArticleFacts page={page} />
                <OutletCards cards={extras.outletCards} />
                <ArticleCardView card={extras.articleCard} />
              </>
            ),
          },
          {
            id: 'crossrefs',
            label: 'Cross-references',
            render: () => <CrossReferencesView refs={extras.crossReferences} currentId={article.id} open={open} />,
          },
          {
            id: 'statements',
            label: 'Statements',
            render: () => (
              <StatementsTab annotator={annotator} shipped={extras.statements} corpusId={article.id} open={open} />
            ),
          },
          {
            id: 'highlights',
            label: 'My highlights',
            render: () => (
              <HighlightsTab annotator={annotator} toast={toast} openLibrary={() => open({ kind: 'library' })} />
            ),
          },
          {
            id: 'changes',
            label: 'Changes',
            render: () =>
              page === first ? (
                <ChangesTab changes={pageChanges} annotator={annotator} />
              ) : (
                <p>Kept versions are compared for the first article on this page only ({first.article.headline}).</p>
              ),
          },
        ]}
      />
      {shown.length > 1 && (
        <ArticleMarkers
          articles={shown}
          selected={at}
          onPick={(index) => {
            setSelected(index);
            openPanel.current();
          }}
        />
      )}
      <SelectionToolbar annotator={annotator} />
      <HoverCard annotator={annotator} shipped={extras.statements} />
      <Toast message={message} onClose={close} />
    </>
  );
}

/** The overlay once mounted. */
export interface MountedOverlay {
  /** Opens the panel (at a verdict clause's detail, given its kind). */
  open(verdictKind?: string): void;
  /** Shows further corpus articles the page holds (those not shown yet); the contract's `data-corpus-ids` follows. */
  addArticles(more: readonly ShownArticle[]): Promise<void>;
}

/**
 * Mounts the contract element and the overlay; `onPageWins` is called if the
 * page keeps removing them. `region`: the article's stretch of a page that holds
 * more than the article, where its statements are anchored. `others`: further
 * corpus articles on the page (page order), each shown with its own region.
 */
export async function startOverlay(
  page: RecognizedPage,
  onPageWins: () => void,
  region: Range | null = null,
  others: readonly ShownArticle[] = [],
): Promise<MountedOverlay> {
  const initialState = await askWorker('site/get-prefs', { host: location.hostname }).catch(
    (): OverlayState => 'collapsed',
  );
  // An added article's own outlet may be none of the three: data-outlet then names the site's outlet.
  const siteOutlet = page.article.source === 'added' ? (outletForHost(location.hostname) ?? page.article.outlet) : page.article.outlet;
  const articles = new ArticlesOnPage([{ page, region }, ...others]);
  const host = mountHost({
    // data-corpus-id names the first article; data-corpus-ids every one on the page, in page order.
    contract: { 'data-corpus-id': page.article.id, 'data-outlet': siteOutlet, 'data-corpus-ids': articles.ids().join(' ') },
    onPageWins,
    beforeBody: true,
  });
  const style = document.createElement('style');
  style.textContent = `${themeCss}\n${cardsCss}\n${overlayCss}\n${changesCss}\n${articlesCss}`;
  host.shadow.append(style);
  const container = document.createElement('div');
  host.shadow.append(container);

  const annotator = new PageAnnotator(location.href, page.article.id, region, () => host.shadow);
  for (const other of articles.all) if (other.page !== page) void annotator.addArticle(other.page.article.id, other.region);
  // The site's "Show statements" choice applies before anything is drawn.
  annotator.setStatementsShown(await askWorker('site/get-statements', { host: location.hostname }).catch(() => true));
  const pageChanges = new PageChanges(page);
  let openPanel: (verdictKind?: string) => void = () => undefined;
  render(
    <App
      first={page}
      articles={articles}
      annotator={annotator}
      pageChanges={pageChanges}
      initialState={initialState}
      placement={badgePlacement(isSourcelightHost)}
      exposeOpen={(fn) => {
        openPanel = fn;
      }}
    />,
    container,
  );
  await annotator.start();
  // What changed since the archived copy: only once the overlay is up, in slices.
  void pageChanges.start();
  return {
    open: (verdictKind) => openPanel(verdictKind),
    addArticles: async (more) => {
      const fresh = articles.add(more);
      if (fresh.length === 0) return;
      host.setContractAttribute('data-corpus-ids', articles.ids().join(' '));
      for (const article of fresh) await annotator.addArticle(article.page.article.id, article.region);
    },
  };
}
