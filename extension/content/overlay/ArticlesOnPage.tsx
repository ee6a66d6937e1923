// A page may hold several corpus articles (a feed that loads the next story
// below, two reports one after the other): one overlay shows them all. The
// list grows as the page adds articles; the panel shows the one the reader
// picked (the switcher in its header: "Article 2 of 3 on this page"), and a
// small marker at the start of each article's stretch of the page says which
// it is and opens the panel on it. The markers live in the overlay's closed
// shadow root, placed over the page (fixed, measured from the article's
// first line), so nothing is added to the page's own DOM.
import { useEffect, useState } from 'preact/hooks';
import type { RecognizedPage } from '../../background/handlers.ts';

export interface ShownArticle {
  page: RecognizedPage;
  /** The article's stretch of the page (null: recognised on the whole page). */
  region: Range | null;
}

type Listener = (articles: readonly ShownArticle[]) => void;

/** Whether `a` starts before `b` on the page; an article without a region sorts last. */
function before(a: ShownArticle, b: ShownArticle): boolean {
  if (!a.region || !b.region) return a.region !== null && b.region === null;
  try {
    return a.region.compareBoundaryPoints(Range.START_TO_START, b.region) < 0;
  } catch {
    return false; // a region the page took out of the document keeps its place
  }
}

/** The corpus articles the overlay shows, in page order; one per corpus id. */
export class ArticlesOnPage {
  private list: ShownArticle[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(articles: readonly ShownArticle[]) {
    this.add(articles);
  }

  get all(): readonly ShownArticle[] {
    return this.list;
  }

  /** The articles' corpus ids, in page order. */
  ids(): string[] {
    return this.list.map((a) => a.page.article.id);
  }

  /** Adds the articles not shown yet, each at its place in page order; returns those. */
  add(articles: readonly ShownArticle[]): ShownArticle[] {
    const fresh = articles.filter((a, i) => !this.list.some((s) => s.page.article.id === a.page.article.id) && articles.findIndex((b) => b.page.article.id === a.page.article.id) === i);
    if (fresh.length === 0) return [];
    const next = [...this.list];
    for (const article of fresh) {
      const at = next.findIndex((s) => before(article, s));
      next.splice(at < 0 ? next.length : at, 0, article);
    }
    this.list = next;
    for (const listener of this.listeners) listener(next);
    return fresh;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The list, re-rendering when articles are added. */
export function useArticlesOnPage(articles: ArticlesOnPage): readonly ShownArticle[] {
  const [list, setList] = useState(articles.all);
  useEffect(() => {
    setList(articles.all);
    return articles.subscribe(setList);
  }, [articles]);
  return list;
}

/** "Article 2 of 3 on this page", with the previous and next article; nothing on a page of one article. */
export function ArticleSwitcher({ count, selected, onSelect }: { count: number; selected: number; onSelect: (index: number) => void }) {
  if (count < 2) return null;
  return (
    <fieldset class="sl-article-switcher" aria-label="Corpus articles on this page">
      <button type="button" class="sl-button" aria-label="Previous article on this page" disabled={selected === 0} onClick={() => onSelect(selected - 1)}>
        ‹
      </button>
      <span class="sl-article-switcher-label" aria-live="polite">
        Article {selected + 1} of {count} on this page
      </span>
      <button type="button" class="sl-button" aria-label="Next article on this page" disabled={selected === count - 1} onClick={() => onSelect(selected + 1)}>
        ›
      </button>
    </fieldset>
  );
}

const MARKER_WIDTH = 150;
const MARKER_HEIGHT = 24;
const GAP = 6;

interface MarkerSpot {
  top: number;
  left: number;
  shown: boolean;
}

/** Where an article's marker goes: in the margin left of its first line, or just above it where the margin is too narrow. */
function markerSpot(region: Range | null): MarkerSpot {
  if (!region?.startContainer.isConnected) return { top: 0, left: 0, shown: false };
  const line = region.getClientRects()[0] ?? region.getBoundingClientRect();
  const inMargin = line.left >= MARKER_WIDTH + 2 * GAP;
  const top = inMargin ? line.top : line.top - MARKER_HEIGHT - GAP;
  const left = inMargin ? line.left - MARKER_WIDTH - GAP : Math.max(GAP, line.left);
  return { top, left, shown: top > -MARKER_HEIGHT && top < innerHeight };
}

/** A marker at the start of each article's stretch of the page; clicking one opens the panel on that article. */
export function ArticleMarkers({ articles, selected, onPick }: { articles: readonly ShownArticle[]; selected: number; onPick: (index: number) => void }) {
  const [spots, setSpots] = useState<MarkerSpot[]>([]);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSpots(articles.map((a) => markerSpot(a.region))));
    };
    measure();
    addEventListener('scroll', measure, { passive: true });
    addEventListener('resize', measure, { passive: true });
    // The page grows or reflows (a feed adds a story, an image loads): the articles move.
    const resized = new ResizeObserver(measure);
    resized.observe(document.body ?? document.documentElement);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', measure);
      removeEventListener('resize', measure);
      resized.disconnect();
    };
  }, [articles]);
  return (
    <div class="sl-article-markers">
      {articles.map((article, i) => {
        const spot = spots[i];
        if (!spot?.shown) return null;
        return (
          <button
            key={article.page.article.id}
            type="button"
            class={i === selected ? 'sl-article-marker sl-article-marker-selected' : 'sl-article-marker'}
            style={{ top: `${Math.round(spot.top)}px`, left: `${Math.round(spot.left)}px` }}
            data-corpus-id={article.page.article.id}
            title={`Sourcelight: ${article.page.article.headline}`}
            aria-label={`Sourcelight: article ${i + 1} of ${articles.length} on this page, ${article.page.article.headline}. Open its panel`}
            onClick={() => onPick(i)}
          >
            Sourcelight · {i + 1} of {articles.length}
          </button>
        );
      })}
    </div>
  );
}
