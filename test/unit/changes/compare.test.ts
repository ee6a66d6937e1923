// What changed between a corpus article and a page showing it: the five corpus
// pages served unchanged and in every recognised variant show no change; edited
// copies of each (a changed quote, a removed paragraph, an appended correction,
// paragraphs reordered, typography and reflow only) show exactly the edit.
import { describe, expect, it } from 'vitest';
import { compareSteps, compareVersions } from '../../../src/changes/compare.ts';
import { changeSummary } from '../../../src/changes/summary.ts';
import { tokenize } from '../../../src/changes/tokens.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';
import { corpusPages, liveTextOf, pageCases, paragraphSpans, splice } from './live-text.ts';

const corpus = loadCompiledCorpus();
const article = (id: string) => corpus.articles.find((a) => a.id === id)!;
const words = (text: string) => tokenize(text).map((t) => t.norm).join(' ');

describe('pages that show the article unchanged', () => {
  // Pages that really differ from the corpus copy: a 40% preview and a rewritten sentence.
  const edited = new Set(['sputnik/002-truncated-40.html', 'oyetimes/004-sentence-changed.html']);
  const unchanged = pageCases.filter((p) => p.expect !== null && !edited.has(p.file));

  it('covers the corpus pages, their typographic and reflowed variants', () => {
    expect(unchanged.map((p) => p.file)).toEqual(
      expect.arrayContaining(['sputnik/000-typographic.html', 'reuters/003-reflowed.html', ...corpusPages.map((p) => p.file)]),
    );
  });

  it.each(unchanged.map((p) => [p.file, p] as const))('%s: no change (page chrome is not one)', (_file, p) => {
    const changes = compareVersions(article(p.expect!).paragraphs, liveTextOf(p.file));
    expect(changeSummary(changes.counts)).toBeNull();
    expect(changes.inserted).toEqual([]);
    expect(changes.removed).toEqual([]);
    expect(changes.liveParagraphs.map(words)).toEqual(article(p.expect!).paragraphs.map(words));
  });

  it('a 40% preview: the missing tail is removed, nothing is added', () => {
    const a = article('sputnik-2009-12-01-rogozin-rasmussen-constructive-talks');
    const changes = compareVersions(a.paragraphs, liveTextOf('sputnik/002-truncated-40.html'));
    expect(changes.counts.added).toBe(0);
    expect(changes.paragraphs.filter((c) => c.status === 'removed').map((c) => c.paragraph)).toEqual([7, 8, 9, 10, 11, 12, 13]);
  });

  it('a rewritten paragraph: changed, with its old and new words (not removed while another is added)', () => {
    const a = article('oyetimes-2010-09-lavrov-upset-ambiguous-stance');
    const text = liveTextOf('oyetimes/004-sentence-changed.html');
    const changes = compareVersions(a.paragraphs, text);
    expect(changes.counts).toEqual({ changed: 1, removed: 0, added: 0, moved: 0 });
    const changed = changes.paragraphs.find((c) => c.status === 'changed')!;
    expect(changed.paragraph).toBe(4);
    expect(text.slice(changed.live!.start, changed.live!.end)).toMatch(/^Earlier this week, speaking at the UN General Assembly.*issues\.$/);
    expect(changes.inserted.map((i) => i.text)).toEqual(['Earlier', 'speaking', 'the UN General', 'Secretary General', 'the two sides', 'had', 'mend', 'work together', 'wider range']);
    expect(changes.removed.map((r) => r.text)).toEqual(['a United Nations', 'chief', 'Russia and NATO', 'to have', 'needed', 'improve', 'in order', 'cooperate more closely', 'number']);
    // Words the two versions share are not marked.
    expect(changes.inserted.map((i) => i.text).join(' ')).not.toMatch(/Anders Fogh Rasmussen/);
  });
});

describe.each(corpusPages.map((p) => [p.expect!, p] as const))('edited copies of %s', (id, page) => {
  const a = article(id);
  const text = liveTextOf(page.file);
  const spans = paragraphSpans(a.paragraphs, text);
  const last = a.paragraphs.length - 1;

  it('a changed quote: one paragraph changed, the new words marked at their place, the old ones listed', () => {
    // The article's first paragraph opening with a quotation mark; its first three words are replaced.
    const p = a.paragraphs.findIndex((x) => /^["\u201C]/.test(x) && tokenize(x).length > 6);
    expect(p).toBeGreaterThanOrEqual(0);
    const span = spans[p]!;
    const after = tokenize(text.slice(span.start, span.end)).slice(0, 3).map((t) => ({ start: t.start + span.start, end: t.end + span.start }));
    const old = text.slice(after[0]!.start, after[2]!.end);
    const edited = splice(text, after[0]!.start, after[2]!.end, 'firmly and openly rejected');
    const changes = compareVersions(a.paragraphs, edited);
    expect(changes.counts).toEqual({ changed: 1, removed: 0, added: 0, moved: 0 });
    expect(changes.paragraphs.find((c) => c.status === 'changed')!.paragraph).toBe(p);
    expect(changes.inserted.map((i) => edited.slice(i.start, i.end)).join(' ')).toBe(changes.inserted.map((i) => i.text).join(' '));
    expect(words(changes.inserted.map((i) => i.text).join(' '))).toBe('firmly and openly rejected');
    // Which of two equal words the diff pairs is its choice ("the parameters of the"): three of the quote's first words.
    const removedWords = words(changes.removed.map((r) => r.text).join(' ')).split(' ');
    expect(removedWords).toHaveLength(3);
    for (const w of removedWords) expect(words(a.paragraphs[p]!).split(' ').slice(0, 5)).toContain(w);
    expect(words(old).split(' ')).toHaveLength(3);
    expect(changes.inserted[0]!.start).toBe(after[0]!.start);
    expect(changeSummary(changes.counts)).toBe('edited since the archived copy: 1 paragraph changed');
  });

  it('a removed paragraph: listed with its text and its place', () => {
    const p = 2;
    const edited = splice(text, spans[p - 1]!.end, spans[p]!.end, '');
    const changes = compareVersions(a.paragraphs, edited);
    expect(changes.counts).toEqual({ changed: 0, removed: 1, added: 0, moved: 0 });
    expect(changes.removed).toEqual([{ text: a.paragraphs[p], paragraph: p, liveAt: spans[p - 1]!.end, earlierStart: 0, earlierEnd: a.paragraphs[p]!.length }]);
    expect(changeSummary(changes.counts)).toBe('edited since the archived copy: 1 paragraph removed');
  });

  it('an appended correction: one paragraph added, marked on the page', () => {
    const correction = 'Correction: An earlier version of this story gave the wrong day for the meeting, which took place on Friday.';
    const at = spans[last]!.end;
    const edited = splice(text, at, at, `\n${correction}`);
    const changes = compareVersions(a.paragraphs, edited);
    expect(changes.counts).toEqual({ changed: 0, removed: 0, added: 1, moved: 0 });
    expect(changes.inserted).toEqual([{ start: at + 1, end: at + 1 + correction.length, text: correction }]);
    expect(changes.liveParagraphs.at(-1)).toBe(correction);
  });

  it('paragraphs reordered: moved, not removed and added', () => {
    // Paragraph 1 taken out and put after paragraph 4.
    const moving = text.slice(spans[1]!.start, spans[1]!.end);
    let edited = splice(text, spans[4]!.end, spans[4]!.end, `\n${moving}`);
    edited = splice(edited, spans[0]!.end, spans[1]!.end, '');
    const changes = compareVersions(a.paragraphs, edited);
    expect(changes.counts).toEqual({ changed: 0, removed: 0, added: 0, moved: 1 });
    expect(changes.paragraphs.filter((c) => c.moved).map((c) => c.paragraph)).toEqual([1]);
    expect(changes.inserted).toEqual([]);
    expect(changeSummary(changes.counts)).toBe('edited since the archived copy: 1 paragraph moved');
  });

  it('typography and reflow only: no change', () => {
    let edited = text
      .replace(/"([^"\n]*)"/g, '\u201C$1\u201D')
      .replace(/(\w)'(\w)/g, '$1\u2019$2')
      .replace(/ - /g, ' \u2014 ')
      .replace(/ (?=\w)/g, (s, offset: number) => (offset % 7 === 0 ? '\u00A0' : offset % 5 === 0 ? '   ' : s));
    // The first paragraph split over two blocks.
    const firstWords = tokenize(edited.slice(spans[0]!.start));
    edited = splice(edited, firstWords[5]!.end, firstWords[6]!.start, '\n');
    expect(edited).not.toBe(text);
    const changes = compareVersions(a.paragraphs, edited);
    expect(changeSummary(changes.counts)).toBeNull();
    expect(changes.inserted).toEqual([]);
  });
});

describe('a 5 MB page', () => {
  const a = article('sputnik-2008-09-27-lavrov-relations-not-frozen');
  const text = liveTextOf('sputnik/000-lavrov-relations-not-frozen.html');
  const spans = paragraphSpans(a.paragraphs, text);
  // Comments under the article: 5 MB of prose-like lines, some quoting the article.
  const comment = (i: number) => `Comment ${i}: readers argue about NATO and Russia and the Cold War at length, again and again, item ${i % 97}.`;
  const lines: string[] = [];
  for (let i = 0, size = 0; size < 5_000_000; i++) {
    const line = i % 50 === 0 ? a.paragraphs[i % a.paragraphs.length]! : comment(i);
    lines.push(line);
    size += line.length + 1;
  }
  const edited = `${splice(text, spans[2]!.start, spans[2]!.end, a.paragraphs[2]!.replace('not frozen', 'very much frozen'))}\nShare\n${lines.join('\n')}`;

  it('is compared in bounded time, in many small steps, with the right result', () => {
    const started = performance.now();
    const steps = compareSteps(a.paragraphs, edited);
    let count = 0;
    let longest = 0;
    for (;;) {
      const t = performance.now();
      const next = steps.next();
      longest = Math.max(longest, performance.now() - t);
      if (next.done) {
        const changes = next.value;
        expect(changes.counts).toEqual({ changed: 1, removed: 0, added: 0, moved: 0 });
        expect(words(changes.inserted.map((i) => i.text).join(' '))).toBe('very much');
        expect(changes.truncated).toBe(true);
        break;
      }
      count++;
    }
    const elapsed = performance.now() - started;
    console.log(`5 MB page: ${elapsed.toFixed(0)} ms in ${count + 1} steps, longest step ${longest.toFixed(1)} ms`);
    expect(count).toBeGreaterThan(20);
    // Generous for a shared machine; the page is cut at MAX_LIVE_CHARS, so this cannot grow with the page.
    expect(elapsed).toBeLessThan(10_000);
  });
});
