import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, recognizeCommand } from '../../../src/cli/recognize-command.ts';

const variants = fileURLToPath(new URL('../../../fixtures/variants/', import.meta.url));

describe('recognize command', () => {
  it('recognises a text file and answers null for a different story', async () => {
    const file = `${variants}typographic.txt`;
    expect(await recognizeCommand(readFileSync(file, 'utf8'), file)).toMatchObject({ corpusId: 'sputnik-2007-06-26-russia-links-cooperation-to-reform', coverage: 1 });
    const other = `${variants}same-desk-two-paragraphs.txt`;
    expect(await recognizeCommand(readFileSync(other, 'utf8'), other)).toBeNull();
  });

  it('parses HTML, uses the canonical address as a hint, and skips page chrome', async () => {
    const body = readFileSync(`${variants}reflowed.txt`, 'utf8').split(/\n\n/).map((p) => `<p>${p}</p>`).join('');
    const html = `<!doctype html><html><head><link rel="canonical" href="https://sputnikglobe.com/20080927/117172470.html"></head><body><nav>Home World</nav>${body}<script>x()</script></body></html>`;
    expect(looksLikeHtml(html)).toBe(true);
    expect(await recognizeCommand(html, 'page.html')).toMatchObject({ corpusId: 'sputnik-2008-09-27-lavrov-relations-not-frozen', addressMatched: true });
  });

  it('says so when the file has no readable text', async () => {
    await expect(recognizeCommand('  \n\n ', 'empty.txt')).rejects.toThrow(/empty\.txt has no readable text/);
  });
});
