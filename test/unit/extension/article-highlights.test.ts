// @vitest-environment happy-dom
// The reader's highlights on the extension pages' copies of an article: what a
// selection is described as (the marks' hidden labels left out), what is sent
// to the worker on a save, and how stored highlights come back (statements
// left out, orphans kept with their reason).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeTextRange } from '../../../src/anchoring/describe.ts';
import type { AnnotationRecord } from '../../../src/store/annotation.ts';

const askWorker = vi.fn();
vi.mock('../../../extension/shared/worker-client.ts', () => ({
  askWorker: (...args: unknown[]) => askWorker(...args),
  ExtensionUpdatedError: class extends Error {},
}));

const { ArticleHighlights, pageAddressOf } = await import('../../../extension/pages/reader/article-highlights.ts');

const ADDRESS = 'https://sputniknews.com/world/20091201157101163/';
const ARTICLE = { id: 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks', addresses: [ADDRESS] };
const TEXT = 'Dmitry Rogozin met with Anders Fogh Rasmussen ahead of the council.\n"The meeting was constructive," the source said.';

function render(): HTMLElement {
  document.body.innerHTML = `
    <div class="sl-article-text">
      <p>Dmitry Rogozin met with Anders Fogh Rasmussen ahead of the council.</p>
      <p>"<mark><span class="sl-visually-hidden">Statement 1, direct quote, an unnamed source: </span>The meeting was constructive<span class="sl-mark-ref">1</span></mark>," the source said.</p>
    </div>`;
  return document.querySelector('.sl-article-text')!;
}

function record(id: string, start: number, end: number, extra: Partial<AnnotationRecord> = {}): AnnotationRecord {
  return {
    id,
    layerId: 'own',
    origin: 'reader',
    pageUrl: ADDRESS,
    corpusId: ARTICLE.id,
    selectors: describeTextRange(TEXT, start, end),
    categoryId: 'evidence',
    note: '',
    tags: [],
    hidden: false,
    created: '2026-12-01T10:00:00.000Z',
    modified: '2026-12-01T10:00:00.000Z',
    ...extra,
  };
}

const categories = [{ id: 'evidence', label: 'Evidence', color: '#2b8a3e', builtin: true }];

beforeEach(() => askWorker.mockReset());

describe('ArticleHighlights', () => {
  it('describes a selection in the copy by its words alone: hidden labels and reference numbers are not text', () => {
    const root = render();
    const highlights = new ArticleHighlights(ARTICLE, () => root);
    const mark = root.querySelector('mark')!;
    const words = mark.childNodes[1] as Text;
    const range = document.createRange();
    range.setStart(words, 4);
    range.setEnd(words, 'The meeting was constructive'.length);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const described = highlights.describeSelection(selection);
    expect(described?.selectors.quote.exact).toBe('meeting was constructive');
    expect(described?.selectors.quote.prefix).toBe('ssen ahead of the council.\n"The ');
    expect(described?.selectors.quote.suffix).toBe('," the source said.');
  });

  it('ignores a selection outside the copy', () => {
    const root = render();
    const outside = document.createElement('p');
    outside.textContent = 'Not the article';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(new ArticleHighlights(ARTICLE, () => root).describeSelection(selection)).toBeNull();
  });

  it("loads the article's highlights by address and corpus id, leaves statements out and keeps orphans with a reason", async () => {
    const root = render();
    const gone = { ...record('gone', 0, 6), selectors: { ...describeTextRange(TEXT, 0, 6), quote: { type: 'TextQuoteSelector' as const, exact: 'Words that are nowhere in this copy at all', prefix: '', suffix: '' } } };
    askWorker.mockResolvedValueOnce({
      annotations: [record('kept', 0, 14), record('stmt', 70, 98, { origin: 'statement' }), gone],
      categories,
      layers: [],
    });
    const highlights = new ArticleHighlights(ARTICLE, () => root);
    const states: { ids: string[]; orphans: string[] }[] = [];
    highlights.subscribe((s) => states.push({ ids: s.highlights.map((h) => h.record.id), orphans: s.highlights.filter((h) => !h.range).map((h) => h.record.id) }));
    expect(await highlights.load()).toBe(true);
    expect(askWorker).toHaveBeenCalledWith('annotations/for-page', { url: ADDRESS, corpusId: ARTICLE.id });
    expect(states.at(-1)).toEqual({ ids: ['kept', 'gone'], orphans: ['gone'] });
    highlights.dispose();
  });

  it('saves through annotations/create with the save id it is given, and reads the highlights back', async () => {
    const root = render();
    const highlights = new ArticleHighlights(ARTICLE, () => root);
    const selectors = describeTextRange(TEXT, 0, 14);
    const stored = record('save-1', 0, 14, { note: 'a note' });
    askWorker.mockRejectedValueOnce(new Error('The worker did not answer.'));
    await expect(highlights.create(selectors, 'evidence', 'a note', 'save-1')).rejects.toThrow('The worker did not answer.');
    // The retry sends the same save again: same id, same everything.
    askWorker.mockResolvedValueOnce(stored).mockResolvedValueOnce({ annotations: [stored], categories, layers: [] });
    await expect(highlights.create(selectors, 'evidence', 'a note', 'save-1')).resolves.toEqual(stored);
    const creates = askWorker.mock.calls.filter(([type]) => type === 'annotations/create').map(([, payload]) => payload);
    expect(creates).toEqual([
      { saveId: 'save-1', url: ADDRESS, corpusId: ARTICLE.id, selectors, categoryId: 'evidence', note: 'a note', tags: [] },
      { saveId: 'save-1', url: ADDRESS, corpusId: ARTICLE.id, selectors, categoryId: 'evidence', note: 'a note', tags: [] },
    ]);
    highlights.dispose();
  });

  it('refuses to save, saying why, for a copy with no web address', async () => {
    const highlights = new ArticleHighlights({ id: 'added-x', addresses: [] }, () => render());
    await expect(highlights.create(describeTextRange(TEXT, 0, 14), 'evidence', '', 'id')).rejects.toThrow(/no web address/);
    expect(askWorker).not.toHaveBeenCalled();
  });

  it('keeps highlights under the first http(s) address of the article', () => {
    expect(pageAddressOf({ addresses: ['file:///saved.html', 'http://example.org/a', ADDRESS] })).toBe('http://example.org/a');
    expect(pageAddressOf({ addresses: [] })).toBeNull();
  });
});
