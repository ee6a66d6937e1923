// Copies of the five corpus articles set the way some pages set a story: the
// whole text as one block (one <p>, or one bare text node in a <div>), hard
// line breaks reflowed away, straight quotes made typographic, one sentence
// reworded, no og:type metadata, at an address the catalog does not list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import catalog from '../../../fixtures/corpus/catalog.json' with { type: 'json' };

const CORPUS_DIR = join(import.meta.dirname, '../../../fixtures/corpus');

export type BlockForm = 'paragraph' | 'text-node';

export interface OneBlockPage {
  id: string;
  form: BlockForm;
  url: string;
  html: string;
  /** The sentence the copy rewords. */
  changedSentence: string;
}

/** Where each outlet's copies are moved to (hosts Sourcelight runs on, paths no article has). */
const MOVED_BASE: Record<string, string> = {
  sputnik: 'https://sputnikglobe.com/archive/one-block/',
  reuters: 'https://reuters.screenocean.com/archive/one-block/',
  oyetimes: 'https://oyetimes.com/archive/one-block/',
};

const REWORDED = 'Officials on both sides later described the exchange as frank and useful.';

/** Straight double quotes become “…” pairs, apostrophes and single quotes ’ (‘ after a space). */
function typographic(text: string): string {
  let open = true;
  return text
    .replace(/"/g, () => {
      const q = open ? '“' : '”';
      open = !open;
      return q;
    })
    .replace(/(^|[\s(])'/g, '$1‘')
    .replace(/'/g, '’');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function oneBlockPages(): OneBlockPage[] {
  return catalog.articles.flatMap((article) => {
    const raw = readFileSync(join(CORPUS_DIR, article.file), 'utf8');
    const [headline, ...rest] = raw.split('\n');
    const body = rest.join(' ').replace(/\s+/g, ' ').trim();
    // Reword one sentence near the middle of the body.
    const sentences = body.split(/(?<=\.) (?=[A-Z])/);
    const middle = Math.floor(sentences.length / 2);
    const changedSentence = sentences[middle]!;
    sentences[middle] = REWORDED;
    const block = escapeHtml(typographic(sentences.join(' ')));
    const title = escapeHtml(headline!.trim());
    return (['paragraph', 'text-node'] as const).map((form) => {
      const story = form === 'paragraph' ? `<p>${block}</p>` : `<div class="story">${block}</div>`;
      return {
        id: article.id,
        form,
        url: `${MOVED_BASE[article.outlet]}${article.id}-${form}.html`,
        changedSentence,
        html:
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
          `<header><a href="/">Home</a> <a href="/world/">World</a></header>` +
          `<main><h1>${title}</h1>${story}</main>` +
          '<footer><a href="/about">About us</a></footer></body></html>',
      };
    });
  });
}
