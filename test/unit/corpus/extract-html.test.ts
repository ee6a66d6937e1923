// Extraction from HTML pages written in other outlets' styles (fixtures/ingest),
// on linkedom's Document as the CLI uses it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticleFromDocument } from '../../../src/corpus/ingest/extract-html.ts';
import { IngestError } from '../../../src/corpus/ingest/extracted-article.ts';
import { ingestArticle } from '../../../src/corpus/ingest/ingest-article.ts';

const dir = fileURLToPath(new URL('../../../fixtures/ingest/', import.meta.url));
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = (file: string) => doc(readFileSync(`${dir}${file}`, 'utf8'));
const SAVED = 'file:///home/reader/Downloads/page.html';

describe('extractArticleFromDocument', () => {
  it('Interfax (English): og and article: meta, the dateline kept in the text, related links and footer left out', () => {
    const a = extractArticleFromDocument(page('interfax-en-nrc-brussels.html'), SAVED);
    expect(a).toMatchObject({
      url: 'https://interfax.com/newsroom/top-stories/61234/',
      title: 'Lavrov, Rasmussen agree to restart NATO-Russia military cooperation',
      outlet: 'Interfax',
      published: '2009-12-04T19:42:00+03:00',
      language: 'en',
    });
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs[0]).toMatch(/^BRUSSELS\. Dec 4 \(Interfax\) - Russian Foreign Minister Sergei Lavrov/);
    expect(a.text).not.toMatch(/Related news|Rogozin meets Rasmussen|protected by copyright|Newsroom/);
    expect(a.addresses).toBeUndefined();
  });

  it('a newspaper: JSON-LD NewsArticle nested in @graph/mainEntity, author, modified date, caption left out', () => {
    const a = extractArticleFromDocument(page('courier-newspaper-nrc.html'), SAVED);
    expect(a).toMatchObject({
      url: 'https://www.northern-courier.example/world/2009/dec/05/nato-russia-mend-fences',
      title: 'Nato and Russia mend fences at first ministerial talks since Georgia war',
      outlet: 'The Northern Courier',
      author: 'Helen Marsh',
      published: '2009-12-05T00:05:00Z',
      modified: '2009-12-05T09:30:00Z',
      language: 'en',
    });
    expect(a.text.split('\n\n')).toHaveLength(7);
    expect(a.text).not.toMatch(/Photograph|Most read|bus lanes/);
  });

  it('a NATO press release: og:url as address, <time datetime> as date, the release number line dropped', () => {
    const a = extractArticleFromDocument(page('nato-release-nrc-ministers.html'), SAVED);
    expect(a).toMatchObject({ url: 'https://www.nato.int/cps/en/natolive/news_59970.htm', outlet: 'NATO', published: '2009-12-04', title: 'NATO-Russia Council foreign ministers meet in Brussels' });
    expect(a.text).toMatch(/^Foreign ministers of the NATO-Russia Council met on 4 December 2009/);
    expect(a.text).not.toMatch(/Press Release \(2009\) 178|Contact us/);
  });

  it('Interfax (Russian): JSON-LD in an array, <html lang=ru>, the Cyrillic dateline', () => {
    const x = extractArticleFromDocument(page('interfax-ru-nrc.html'), SAVED);
    expect(x).toMatchObject({ url: 'https://www.interfax.ru/world/112233', outlet: 'Интерфакс', language: 'ru', published: '2009-12-04T20:15:00+03:00' });
    expect(x.text).not.toMatch(/Комментарии|Войдите/);
    const a = ingestArticle(x);
    expect(a).toMatchObject({ language: 'ru', dateline: { place: 'БРЮССЕЛЬ' }, dates: { dateline: { date: '2009-12-04' }, published: { date: '2009-12-04' } } });
  });

  it('takes the tab address when the page names none, and lists the others', () => {
    const body = readFileSync(`${dir}interfax-en-nrc-brussels.html`, 'utf8').replace(/<link rel="canonical"[^>]*>/, '').replace(/<meta property="og:url"[^>]*>/, '');
    const a = extractArticleFromDocument(doc(body), 'https://interfax.com/newsroom/top-stories/61234/?utm_source=x');
    expect(a.url).toBe('https://interfax.com/newsroom/top-stories/61234/?utm_source=x');
    const b = extractArticleFromDocument(page('interfax-en-nrc-brussels.html'), 'https://m.interfax.com/61234');
    expect(b.url).toBe('https://interfax.com/newsroom/top-stories/61234/');
    expect(b.addresses).toEqual(['https://m.interfax.com/61234']);
  });

  it('a saved page with no address of its own asks for one', () => {
    const body = readFileSync(`${dir}interfax-en-nrc-brussels.html`, 'utf8').replace(/<link rel="canonical"[^>]*>/, '').replace(/<meta property="og:url"[^>]*>/, '');
    expect(() => extractArticleFromDocument(doc(body), SAVED)).toThrow(/does not say its address.*give the address/);
  });

  it.each(['login.html', 'home.html', 'section.html'])('no-article/%s: a clear IngestError', (file) => {
    const run = () => extractArticleFromDocument(page(`no-article/${file}`), SAVED);
    expect(run).toThrow(IngestError);
    expect(run).toThrow(/no article found on this page.*open the article itself/);
  });

  it('refuses a list of long teasers: most of the text is links', () => {
    const teaser = (n: number) =>
      `<div class="teaser"><h3><a href="/n/${n}">Story ${n} headline about the council and the talks</a></h3><p><a href="/n/${n}">Ministers from both sides met again on Friday and agreed that the council should work in all weather, officials said after the session number ${n}.</a></p></div>`;
    const html = `<!doctype html><html lang="en"><head><title>World news</title><link rel="canonical" href="https://news.example/world"></head><body><main><section>${Array.from({ length: 8 }, (_, i) => teaser(i)).join('')}</section></main></body></html>`;
    expect(() => extractArticleFromDocument(doc(html), SAVED)).toThrow(/most of its text is links/);
  });

  it('survives malformed metadata and markup: broken JSON-LD, an unreadable date, unclosed tags', () => {
    const html = readFileSync(`${dir}courier-newspaper-nrc.html`, 'utf8')
      .replace('"datePublished":"2009-12-05T00:05:00Z"', '"datePublished":"sometime last week"')
      .replace('<head>', '<head><script type="application/ld+json">{ not json</script>')
      .replace(/<\/p>/g, '');
    const a = extractArticleFromDocument(doc(html), SAVED);
    expect(a.published).toBeUndefined();
    expect(a.title).toBe('Nato and Russia mend fences at first ministerial talks since Georgia war');
    expect(a.text).toMatch(/^BRUSSELS, December 4/);
    expect(() => ingestArticle(a)).not.toThrow();
  });

  it('leaves the document it reads untouched', () => {
    const d = page('courier-newspaper-nrc.html');
    const before = d.documentElement.outerHTML;
    extractArticleFromDocument(d, SAVED);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});
