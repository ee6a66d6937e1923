// @vitest-environment happy-dom
// The corpus articles one overlay shows (extension/content/overlay/ArticlesOnPage.tsx):
// kept in page order by their regions, whatever order they arrive in; one per
// corpus id; listeners told of each addition and only of real ones.
import { describe, expect, it } from 'vitest';
import type { RecognizedPage } from '../../../extension/background/handlers.ts';
import { ArticlesOnPage, type ShownArticle } from '../../../extension/content/overlay/ArticlesOnPage.tsx';

document.body.innerHTML = '<p id="a">First story.</p><p id="b">Second story.</p><p id="c">Third story.</p>';

function shown(id: string, paragraph: string | null): ShownArticle {
  let region: Range | null = null;
  if (paragraph) {
    region = document.createRange();
    region.selectNodeContents(document.getElementById(paragraph)!);
  }
  return { page: { article: { id } } as unknown as RecognizedPage, region };
}

describe('ArticlesOnPage', () => {
  it('keeps page order as articles arrive, the first one staying where it is on the page', () => {
    const articles = new ArticlesOnPage([shown('b-id', 'b')]);
    articles.add([shown('c-id', 'c')]);
    articles.add([shown('a-id', 'a')]);
    expect(articles.ids()).toEqual(['a-id', 'b-id', 'c-id']);
  });

  it('lists an article once, and tells its listeners only of new ones', () => {
    const articles = new ArticlesOnPage([shown('a-id', 'a'), shown('b-id', 'b')]);
    const heard: string[][] = [];
    articles.subscribe((list) => heard.push(list.map((x) => x.page.article.id)));
    expect(articles.add([shown('a-id', 'a'), shown('b-id', 'b')])).toEqual([]);
    expect(articles.add([shown('c-id', 'c'), shown('c-id', 'c')]).map((x) => x.page.article.id)).toEqual(['c-id']);
    expect(heard).toEqual([['a-id', 'b-id', 'c-id']]);
  });

  it('puts an article without a region (recognised on the whole page) last', () => {
    const articles = new ArticlesOnPage([shown('whole', null), shown('b-id', 'b')]);
    articles.add([shown('a-id', 'a')]);
    expect(articles.ids()).toEqual(['a-id', 'b-id', 'whole']);
  });
});
