// Selecting article text the way a reader does (a real mouse drag), and
// picking many distinct passages of a page to select.
import type { Page } from 'puppeteer-core';

/** Selects `text` (inside one text node of the page) with a real mouse drag; false when the drag selected something else. */
export async function dragSelect(page: Page, text: string): Promise<boolean> {
  const box = await page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, at + wanted.length - 1);
      range.setEnd(node, at + wanted.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, text);
  if (!box) return false;
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  return (await page.evaluate(() => getSelection()?.toString())) === text;
}

/**
 * `count` passages of a few words each from the page's paragraphs, each on
 * one line of one text node and found only once in the page's text.
 */
export async function pickPassages(page: Page, count: number, words = 3): Promise<string[]> {
  return page.evaluate(
    (wanted: number, size: number) => {
      const all = document.body.innerText;
      const found: string[] = [];
      for (const p of document.querySelectorAll('p')) {
        for (const node of p.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE) continue;
          const tokens = (node.textContent ?? '').split(/\s+/).filter((t) => /^[A-Za-z][A-Za-z-]*[A-Za-z]$/.test(t));
          for (let i = 0; i + size <= tokens.length && found.length < wanted; i += size + 1) {
            const text = tokens.slice(i, i + size).join(' ');
            if (text.length < 12 || all.indexOf(text) !== all.lastIndexOf(text) || !(node.textContent ?? '').includes(text)) continue;
            if (found.some((f) => f.includes(text) || text.includes(f))) continue;
            found.push(text);
          }
        }
      }
      return found;
    },
    count,
    words,
  );
}
