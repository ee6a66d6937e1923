import { describe, expect, it } from 'vitest';
import {
  acceptsMatch,
  contextConfirms,
  errorBudget,
  indexOfWithin,
  LONG_QUOTE,
  matchQuote,
  nearBudget,
  type QuoteMatch,
} from '../../../src/anchoring/match-quote.ts';

const ARTICLE = [
  'UNITED NATIONS, September 27 (RIA Novosti) - Russia does not consider relations with NATO frozen, the Russian foreign minister said.',
  'Relations between NATO and Russia have sunk to their lowest point since the end of the Cold War due to the recent conflict.',
  '"Our relations are not frozen although our NATO partners are attempting to suspend all contacts," Sergei Lavrov told reporters.',
  'NATO subsequently urged Russia to reverse its decision and respect the territorial integrity of its neighbour.',
].join('\n');

function span(text: string, quote: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return { start, end: start + quote.length };
}

describe('matchQuote: verbatim', () => {
  it('finds a unique quote exactly', () => {
    const quote = 'lowest point since the end of the Cold War';
    const m = matchQuote(ARTICLE, quote);
    expect(m).toMatchObject({ ...span(ARTICLE, quote), method: 'exact' });
    expect(m?.score).toBe(1);
  });

  it('tells repeats apart by their context', () => {
    const text = 'First, the minister said no. Later, the minister said yes. Finally, the minister said maybe.';
    const second = span(text, 'the minister said', text.indexOf('Later'));
    const m = matchQuote(text, 'the minister said', { prefix: 'Later, ', suffix: ' yes.' });
    expect(m).toMatchObject({ ...second, method: 'exact' });
  });

  it('tells repeats with identical context apart by the position hint', () => {
    const para = 'Moscow said the talks would go on as planned. ';
    const text = para.repeat(5);
    const quote = 'the talks would go on';
    const fourth = para.length * 3 + para.indexOf(quote);
    const m = matchQuote(text, quote, { prefix: 'Moscow said ', suffix: ' as planned', hint: fourth + 7 });
    expect(m?.start).toBe(fourth);
    const first = matchQuote(text, quote, { prefix: 'Moscow said ', suffix: ' as planned', hint: 0 });
    expect(first?.start).toBe(para.indexOf(quote));
  });

  it('prefers the edited original near the hint over an untouched repeat far away', () => {
    const repeat = 'the territorial integrity of its neighbour';
    const text = `${ARTICLE}\n${'Filler sentence about other things entirely. '.repeat(60)}\nThey spoke of the territoral integrity of its neighbour again.`;
    const edited = text.indexOf('the territoral');
    const m = matchQuote(text, repeat, { prefix: 'They spoke of ', suffix: ' again.', hint: edited });
    expect(m).toMatchObject({ start: edited, end: edited + repeat.length - 1, method: 'fuzzy' });
  });
});

describe('matchQuote: fuzzy after edits', () => {
  const quote = 'Russia does not consider relations with NATO frozen';
  const original = span(ARTICLE, quote);
  const context = { prefix: '(RIA Novosti) - ', suffix: ', the Russian foreign', hint: original.start };

  it.each([
    ['a typo fixed inside the quote', (t: string) => t.replace('consider', 'considr'), 1],
    ['a word inserted inside the quote', (t: string) => t.replace('relations with', 'relations now with'), 0],
    ['a word deleted inside the quote', (t: string) => t.replace('does not consider', 'does consider'), 0],
    ['a word inserted just before it', (t: string) => t.replace('(RIA Novosti) - ', '(RIA Novosti) - Officially, '), 0],
    ['text changed right after it', (t: string) => t.replace(', the Russian foreign', '; the Russian FM'), 0],
  ])('anchors after %s', (_name, edit, _unused) => {
    const text = edit(ARTICLE);
    const m = matchQuote(text, quote, context);
    expect(m).not.toBeNull();
    const startNow = text.indexOf('Russia does');
    const endNow = text.indexOf(' frozen') + ' frozen'.length;
    expect(m?.start).toBe(startNow);
    expect(m?.end).toBe(endNow);
  });

  it('matches typographic variants (curly quotes, dashes, no-break spaces) at no cost', () => {
    const typeset = ARTICLE.replace('"Our relations', '\u201COur relations').replace('contacts,"', 'contacts,\u201D')
      .replace('Novosti) - Russia', 'Novosti) \u2013 Russia').replace('with NATO', 'with\u00A0NATO');
    const q = '"Our relations are not frozen although our NATO partners';
    const m = matchQuote(typeset, q, { hint: ARTICLE.indexOf(q) });
    expect(m).toMatchObject({ start: typeset.indexOf('\u201COur'), end: typeset.indexOf('\u201COur') + q.length, method: 'fuzzy' });
    expect(m?.score).toBeGreaterThan(0.95);
    const m2 = matchQuote(typeset, quote, context);
    expect(m2).toMatchObject({ start: typeset.indexOf('Russia does'), method: 'fuzzy' });
  });
});

describe('matchQuote: no match', () => {
  it('returns null when the passage is gone, and the weak best candidate on request', () => {
    const quote = 'Relations between NATO and Russia have sunk to their lowest point';
    const hint = ARTICLE.indexOf(quote);
    const text = ARTICLE.replace(/Relations between[^\n]*\n/, '');
    expect(matchQuote(text, quote, { prefix: 'minister said.\n', suffix: ' since the end', hint })).toBeNull();
  });

  it('does not accept a short quote found only elsewhere with foreign context', () => {
    const text = `Relations with NATO remain tense. ${'Moscow and Washington disagree about almost everything. '.repeat(40)}`;
    const context = { prefix: 'leaders of ', suffix: ' met in Brussels', hint: 2000 };
    expect(matchQuote(text, 'NATO', context)).toBeNull();
    const weak = matchQuote(text, 'NATO', context, { includeWeak: true });
    expect(weak?.start).toBe(text.indexOf('NATO'));
  });

  it('accepts a long verbatim quote even when its surroundings were rewritten', () => {
    const quote = 'respect the territorial integrity of its neighbour';
    expect(quote.length).toBeGreaterThanOrEqual(LONG_QUOTE);
    const text = `Completely new opening paragraph. ${quote}. Completely new ending.`;
    const m = matchQuote(text, quote, { prefix: 'reverse its decision and ', suffix: '.\nThe next day', hint: 9000 });
    expect(m).toMatchObject({ start: text.indexOf(quote), method: 'exact' });
  });

  it('rejects bad input with a readable error', () => {
    expect(() => matchQuote(ARTICLE, '')).toThrow(/quote is empty/);
    expect(() => matchQuote(ARTICLE, 'NATO', {}, { folded: 'short' })).toThrow(/not a fold/);
  });
});

describe('matchQuote: far matches (more than a third of the quote in edits, at most half)', () => {
  const quote = 'the foreign ministers of both countries agreed to meet again in Geneva next month';
  const reworded = 'the foreign ministers of the two states decided they would gather once more in Geneva next month';
  const prefix = 'After three hours of talks, ';
  const suffix = ', a spokesman said on Tuesday.';
  const filler = 'Other news of the day covered the weather, the markets and a football match. '.repeat(8);

  it('accepts a reworded quote whose prefix and suffix confirm it', () => {
    const text = `${filler}${prefix}${reworded}${suffix} ${filler}`;
    const start = text.indexOf(reworded);
    const m = matchQuote(text, quote, { prefix, suffix, hint: start + 5 });
    expect(m).not.toBeNull();
    expect(m?.errors).toBeGreaterThan(nearBudget(quote.length)); // really a far match
    expect(m?.errors).toBeLessThanOrEqual(errorBudget(quote.length));
    expect(m).toMatchObject({ start, end: start + reworded.length, method: 'fuzzy' });
    expect(contextConfirms(m as QuoteMatch)).toBe(true);
  });

  it('accepts it with one side of the context intact and the other partly reworded', () => {
    const text = `${filler}${prefix}${reworded}, a spokesperson stated on Tuesday. ${filler}`;
    const start = text.indexOf(reworded);
    const m = matchQuote(text, quote, { prefix, suffix, hint: start });
    expect(m?.start).toBe(start);
  });

  it('refuses a look-alike sentence that now follows the quote\'s prefix because its paragraph was removed', () => {
    // The quote's paragraph is gone; the next one starts right after the old
    // prefix and says something else in a similar shape.
    const lookAlike = 'the finance ministers of both regions agreed to talk again in Berlin next year';
    const text = `${filler}${prefix}${lookAlike}, and the markets rose on the news. ${filler}`;
    const start = text.indexOf(lookAlike);
    const weak = matchQuote(text, quote, { prefix, suffix, hint: start }, { includeWeak: true });
    expect(weak?.start).toBe(start); // the candidate is found, its prefix intact…
    expect(weak?.prefixSimilarity).toBe(1);
    expect(matchQuote(text, quote, { prefix, suffix, hint: start })).toBeNull(); // …and refused
  });

  it('refuses the same far match when its context is foreign, and explains it on request', () => {
    const text = `${filler}Nobody expected that on a quiet day ${reworded} while markets slept. ${filler}`;
    const start = text.indexOf(reworded);
    expect(matchQuote(text, quote, { prefix, suffix, hint: start })).toBeNull();
    const weak = matchQuote(text, quote, { prefix, suffix, hint: start }, { includeWeak: true });
    expect(weak?.start).toBe(start);
    expect(weak?.errors).toBeGreaterThan(nearBudget(quote.length));
    expect(contextConfirms(weak as QuoteMatch)).toBe(false);
    expect(acceptsMatch(weak as QuoteMatch, quote)).toBe(false);
  });

  it('refuses a far match when no context was stored at all', () => {
    const text = `${filler}${prefix}${reworded}${suffix}`;
    expect(matchQuote(text, quote, { hint: text.indexOf(reworded) })).toBeNull();
  });

  it('keeps near matches on their score alone', () => {
    const text = `${filler}Foreign words entirely unlike it: ${quote.replace('agreed', 'agread')} and more unrelated text.`;
    const m = matchQuote(text, quote, { prefix, suffix, hint: text.indexOf('the foreign') });
    expect(m?.start).toBe(text.indexOf('the foreign'));
  });
});

describe('bounded searches', () => {
  it('indexOfWithin finds only occurrences starting in [from, to]', () => {
    const text = `${'x'.repeat(100)}needle${'y'.repeat(100)}needle`;
    const first = text.indexOf('needle');
    const second = text.lastIndexOf('needle');
    expect(indexOfWithin(text, 'needle', 0, first - 1)).toBe(-1);
    expect(indexOfWithin(text, 'needle', 0, first)).toBe(first);
    expect(indexOfWithin(text, 'needle', first + 1, second - 1)).toBe(-1);
    expect(indexOfWithin(text, 'needle', first + 1, text.length)).toBe(second);
    expect(indexOfWithin(text, 'needle', 50, 10)).toBe(-1);
  });

  it('matchQuote with `within` never answers with an occurrence outside it, verbatim or fuzzy', () => {
    const quote = 'Sergei Lavrov told reporters';
    const text = `${'Unrelated filler words about the weather. '.repeat(30)}${quote} at the end.`;
    const at = text.indexOf(quote);
    const inside = matchQuote(text, quote, { hint: 10 }, { within: { start: 0, end: at - 1 }, includeWeak: true });
    expect(inside === null || inside.start < at).toBe(true);
    expect(matchQuote(text, quote, { hint: 10 }, { within: { start: 0, end: at } })?.start).toBe(at);
  });

  it('the verbatim-only search (fuzzy: false) finds a moved passage but no edited one', () => {
    const quote = 'Sergei Lavrov told reporters';
    const text = `${'Unrelated filler words about the weather. '.repeat(30)}Sergei Lavrov tld reporters.`;
    expect(matchQuote(text, quote, { hint: 0 }, { fuzzy: false, includeWeak: true })).toBeNull();
    expect(matchQuote(text, quote, { hint: 0 }, { includeWeak: true })?.method).toBe('fuzzy');
    const moved = `${quote}. ${'Unrelated filler words about the weather. '.repeat(30)}`;
    expect(matchQuote(moved, quote, { hint: 1200 }, { fuzzy: false })).toMatchObject({ start: 0, method: 'exact' });
  });
});
