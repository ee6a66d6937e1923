// @vitest-environment happy-dom
// The stretch of text the annotator draws at once: what is laid out in the
// viewport, or within a margin of it (boxes stubbed: happy-dom does no layout).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomTextMap } from '../../../src/anchoring/dom-text.ts';
import { textInView } from '../../../extension/content/highlights/text-in-view.ts';

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
});
