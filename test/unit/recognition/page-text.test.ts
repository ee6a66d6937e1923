// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageText, extractPageTextSliced } from '../../../src/recognition/page-text.ts';

function page(html: string, head = ''): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  doc.body.innerHTML = html;
  return doc;
}

const LONG = 'The ministers met in Brussels on Friday and agreed to resume their regular consultations on security after a pause of more than a year.';

describe('extractPageText', () => {
  it('reads blocks in order and skips scripts, navigation, asides, forms and Sourcelight UI', () => {
    const doc = page(`
      <nav><a>Home</a><a>World</a></nav>
      <header>Site name</header>
      <main><h1>Headline here</h1><p>First <b>bold</b> paragraph.</p><div>Second<br>line</div>
      <script>var secret = "script text";</script><style>.x{}</style>
      <aside>Related: other story</aside><form><label>Email</label><button>Go</button></form>
      <sourcelight-root>Overlay note</sourcelight-root>
      <div hidden>Hidden text</div><div aria-hidden="true">Decoration</div>
      <ul><li>One item</li><li>Two item</li></ul></main>
      <footer>Footer text</footer>`);
    expect(extractPageText(doc).paragraphs).toEqual(['Headline here', 'First bold paragraph.', 'Second', 'line', 'One item', 'Two item']);
  });

  it('stops at maxChars on a huge page', () => {
    const doc = page(Array.from({ length: 5000 }, () => `<p>${LONG}</p>`).join(''));
    const text = extractPageText(doc, { maxChars: 10_000 });
    const chars = text.paragraphs.reduce((n, p) => n + p.length, 0);
    expect(chars).toBeGreaterThanOrEqual(10_000 - LONG.length);
    expect(chars).toBeLessThan(10_000 + 2 * LONG.length);
  });

  it('sliced extraction yields to the event loop and returns the same text', async () => {
    const doc = page(Array.from({ length: 3000 }, (_, i) => `<p>${i} ${LONG}</p>`).join(''));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await extractPageTextSliced(doc, { sliceMs: 1 });
    clearInterval(timer);
    expect(sliced.paragraphs).toEqual(extractPageText(doc).paragraphs);
    expect(sliced.nodes).toHaveLength(sliced.paragraphs.length);
    expect(sliced.nodes[7]!.first.nodeValue).toContain("7 ");
    expect(ticks).toBeGreaterThan(0);
  });
});
