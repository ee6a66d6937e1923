// @vitest-environment happy-dom
// The stretch of text the annotator draws at once: what is laid out in the
// viewport, or within a margin of it (boxes stubbed: happy-dom does no layout).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomTextMap } from '../../../src/anchoring/dom-text.ts';
import { stopBelowViewport, textInView } from '../../../extension/content/highlights/text-in-view.ts';

const LINE = 100; // px per paragraph in the stubbed layout

/** 40 paragraphs, "p0 …" to "p39 …", laid out LINE px apart starting `scrolled` px above the viewport. */
function page(scrolled: number): DomTextMap {
  document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p data-i="${i}">p${i} text of paragraph ${i}.</p>`).join('');
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = Number(this.dataset.i) * LINE - scrolled;
    return { top, bottom: top + LINE, left: 0, right: 800, width: 800, height: LINE, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  return DomTextMap.fromRoot(document.body);
}

afterEach(() => vi.restoreAllMocks());

describe('textInView', () => {
  it('gives the text laid out in the viewport', () => {
    const map = page(2_000); // paragraphs 20–25 in view (600 px); 19 ends and 26 starts on its edges
    const { start, end } = textInView(map);
    const shown = map.text.slice(start, end);
    expect(shown.startsWith('p19 ')).toBe(true);
    expect(shown).toContain('p26 ');
    expect(shown).not.toContain('p18 ');
    expect(shown).not.toContain('p27 ');
  });

  it('widened by a margin, from one viewport height above the viewport to one below it', () => {
    const map = page(2_000); // 13–32 touch a screen above or below it
    const { start, end } = textInView(map, 1);
    const near = map.text.slice(start, end);
    expect(near.startsWith('p13 ')).toBe(true);
    expect(near).toContain('p32 ');
    expect(near).not.toContain('p12 ');
    expect(near).not.toContain('p33 ');
  });

  it('at the top of the page starts with the text', () => {
    const map = page(0);
    const { start, end } = textInView(map, 1);
    expect(start).toBe(0);
    expect(map.text.slice(start, end)).toContain('p12 ');
    expect(map.text.slice(start, end)).not.toContain('p13 ');
  });

  it('with no layout (every box empty) puts nothing off', () => {
    document.body.innerHTML = '<p>one</p><p>two</p>';
    const map = DomTextMap.fromRoot(document.body);
    expect(textInView(map)).toEqual({ start: 0, end: map.text.length });
  });

  it("stops a prefix map past the viewport, wherever the page is scrolled; its view is the whole map's", () => {
    for (const scrolled of [0, 1_000, 2_000, 3_400]) {
      const whole = page(scrolled);
      const boxesRead = vi.mocked(HTMLElement.prototype.getBoundingClientRect).mock.calls.length;
      const prefix = DomTextMap.prefixFromRoot(document.body, stopBelowViewport(document)!);
      const reads = vi.mocked(HTMLElement.prototype.getBoundingClientRect).mock.calls.length - boxesRead;
      // Down to past the bottom (600 px and a quarter more), a box read every 1,000 chars or so: a few reads, not one a paragraph.
      const last = Math.floor((scrolled + 750) / LINE);
      expect(prefix.text, `scrolled ${scrolled}`).toContain(`p${Math.min(39, last)} `);
      expect(whole.text.startsWith(prefix.text)).toBe(true);
      expect(reads).toBeLessThan(prefix.text.split('\n').length / 10 + 2);
      expect(textInView(prefix)).toEqual(textInView(whole));
      vi.restoreAllMocks();
    }
    // At the top of a long page it stops well before the end (these 40 short paragraphs are about one look's worth).
    page(0);
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p data-i="${i}">p${i} text of paragraph ${i}.</p>`).join('');
    const prefix = DomTextMap.prefixFromRoot(document.body, stopBelowViewport(document)!);
    expect(prefix.complete).toBe(false);
    expect(prefix.text.length).toBeLessThan(DomTextMap.fromRoot(document.body).text.length / 4);
  });

  it('with no layout gives no place to stop (the first frame maps the whole text)', () => {
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(0);
    expect(stopBelowViewport(document)).toBeNull();
  });
});
