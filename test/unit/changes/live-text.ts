// Live texts for the changes tests: a fixture page's text as the content
// script's DOM text map makes it (blocks separated by "\n"), and edits of it
// made where the comparison finds an article paragraph.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { DomTextMap } from '../../../src/anchoring/dom-text.ts';
import { compareVersions } from '../../../src/changes/compare.ts';
import type { ChangeSet } from '../../../src/changes/types.ts';

export const PAGES_DIR = fileURLToPath(new URL('../../../fixtures/pages/', import.meta.url));

export interface PageCase {
  url: string;
  file: string;
  expect: string | null;
  case: string;
}

export const pageCases: PageCase[] = JSON.parse(readFileSync(`${PAGES_DIR}pages.json`, 'utf8'));

/** The five corpus pages as the outlets serve them. */
export const corpusPages = pageCases.filter((p) => p.case === 'corpus');

export function liveTextOf(file: string): string {
  const { document } = parseHTML(readFileSync(`${PAGES_DIR}${file}`, 'utf8'));
  return DomTextMap.fromRoot(document.body, { skip: (el) => el.tagName === 'SOURCELIGHT-ROOT' }).text;
}

/** Where each article paragraph stands in `text` (it must be on the page unchanged). */
export function paragraphSpans(earlier: readonly string[], text: string): { start: number; end: number }[] {
  const changes: ChangeSet = compareVersions(earlier, text);
  return earlier.map((_, p) => {
    const found = changes.paragraphs.find((c) => c.paragraph === p);
    if (!found?.live) throw new Error(`paragraph ${p} is not on the page`);
    return found.live;
  });
}

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
