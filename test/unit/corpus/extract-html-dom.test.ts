// @vitest-environment happy-dom
// The same extraction on a browser-like Document (happy-dom's DOMParser), as the
// popup and the library page run it, gives what linkedom's gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticleFromDocument } from '../../../src/corpus/ingest/extract-html.ts';

const dir = `${join(import.meta.dirname, '../../../fixtures/ingest')}/`;
const FILES = ['interfax-en-nrc-brussels.html', 'courier-newspaper-nrc.html', 'nato-release-nrc-ministers.html', 'interfax-ru-nrc.html'];

describe('extractArticleFromDocument on a browser DOM', () => {
  it.each(FILES)('%s: the same article as on linkedom', (file) => {
    const html = readFileSync(`${dir}${file}`, 'utf8');
    const browser = new DOMParser().parseFromString(html, 'text/html');
    const node = parseHTML(html).document as unknown as Document;
    const url = 'https://tab.example/page';
    expect(extractArticleFromDocument(browser, url)).toEqual(extractArticleFromDocument(node, url));
  });

  it('refuses a log-in page there too', () => {
    const browser = new DOMParser().parseFromString(readFileSync(`${dir}no-article/login.html`, 'utf8'), 'text/html');
    expect(() => extractArticleFromDocument(browser, 'https://tab.example/signin')).toThrow(/no article found/);
  });
});
