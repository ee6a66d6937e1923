import { describe, expect, it } from 'vitest';
import { normalizePageUrl } from '../../../src/store/page-key.ts';

describe('normalizePageUrl', () => {
  it.each([
    ['https://www.Reuters.com/article/idUS123/#comments', 'https://reuters.com/article/idUS123'],
    ['http://sputniknews.com/20080927/117172470.html?utm_source=tw&utm_medium=s&fbclid=abc', 'https://sputniknews.com/20080927/117172470.html'],
    ['https://example.com/a?b=2&a=1&gclid=z', 'https://example.com/a?a=1&b=2'],
    ['https://example.com/news/story/amp', 'https://example.com/news/story'],
    ['https://example.com/amp/news/story/', 'https://example.com/news/story'],
    ['https://example.com/news/story.amp.html', 'https://example.com/news/story.html'],
    ['https://example.com/news/story?outputType=amp', 'https://example.com/news/story'],
    ['https://example.com:443/', 'https://example.com/'],
    ['https://user:pw@example.com/x', 'https://example.com/x'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePageUrl(input)).toBe(expected);
  });

  it('keeps parameters that select the document and a page named "amp" alone', () => {
    expect(normalizePageUrl('https://example.com/article.php?id=42')).toBe('https://example.com/article.php?id=42');
    expect(normalizePageUrl('https://example.com/amp')).toBe('https://example.com/amp');
  });

  it('refuses what is not a web page address', () => {
    expect(() => normalizePageUrl('not a url')).toThrow(/Not a web page address/);
    expect(() => normalizePageUrl('file:///etc/passwd')).toThrow(/web pages only/);
  });
});
