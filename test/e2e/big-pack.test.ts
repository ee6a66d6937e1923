// Corpus packs of any size, end to end in Chromium through the library's real
// file input. The packs are generated here into a temporary directory:
//  1. a pack sent in many chunks is added whole, with progress counted in
//     articles, and the same text twice in it is one article. By default the
//     pack is 10 MB (each chunk holds at most 4 MB); SOURCELIGHT_BIG_PACK_MB=70
//     runs it past the browser's 64 MiB message limit (about 9 minutes on the
//     shared 2-core machine, most of it the worker compiling the text: too long
//     for every CI run, so CI runs the default and the chunk bounds are unit
//     tested in corpus-add-chunks.test.ts);
//  2. a pack with a bad line near its end stores nothing, and the error names
//     the file and line;
//  3. a worker stopped in the middle of a pack: the library says the file was
//     interrupted, and nothing of that file is stored.
// The texts are long, plain and as cheap to compile as we could make them
// (long lowercase words, few sentences): even so, most of the test's time is
// the worker compiling 64 MiB of text (ingest and statements), not the messages.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { requireBuild } from './support/require-build.ts';

const MIB = 1024 * 1024;
/** The first test's pack size (see the header). */
const PACK_BYTES = Number(process.env.SOURCELIGHT_BIG_PACK_MB ?? 10) * MIB;
const ARTICLE_CHARS = 1_650_000;
const workDir = mkdtempSync(join(tmpdir(), 'sourcelight-big-pack-'));

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
}, 60_000);
afterAll(async () => {
  await session?.close();
  rmSync(workDir, { recursive: true, force: true });
});

async function ask<T>(type: string, payload: unknown): Promise<T> {
  const reply = await session.sendFromExtensionPage({ type, payload });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}
const addedCount = async () => (await ask<unknown[]>('corpus/added', {})).length;

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'de', 'pa', 'bo', 'ge'];

/** A plain text of about `chars` characters, different for every seed: long paragraphs of long lowercase words. */
function plainText(seed: number, chars: number): string {
  let x = seed * 7919 + 1;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  const paragraphs: string[] = [`Pack report number ${seed}.`];
  let size = 0;
  while (size < chars) {
    const words: string[] = [];
    let length = 0;
    while (length < 20_000) {
      // Long words: the engines' cost per character is lowest on few, long words.
      const n = 20 + (next() % 40);
      let w = '';
      for (let i = 0; i < n; i++) w += SYLLABLES[next() % SYLLABLES.length];
      words.push(w);
      length += w.length + 1;
    }
    const p = `${words.join(' ')}.`;
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

function packLine(seed: number, chars: number): string {
  return JSON.stringify({ url: `https://wire.example/pack/${seed}`, title: `Pack report ${seed}`, outlet: 'Wire', published: '2009-12-04', text: plainText(seed, chars) });
}

function writePack(name: string, lines: string[]): string {
  const path = join(workDir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function openLibrary(): Promise<Page> {
  const library = await session.extensionPage('extension/pages/library/index.html');
  await library.waitForSelector('[data-add-files]');
  // Every progress line the library shows, recorded in the page as it changes (nothing depends on when we look).
  await library.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-add-articles-progress]')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return library;
}

async function choose(library: Page, path: string): Promise<void> {
  const input = await library.$('input[data-add-files]');
  await input!.uploadFile(path);
}

/**
 * Waits for a condition in the page for up to `totalMs`, a minute at a time: one waitForFunction is one
 * protocol call, which Puppeteer gives up on after its protocol timeout (3 min), however long its own timeout.
 */
async function waitLong(page: Page, condition: () => boolean, totalMs: number): Promise<void> {
  const deadline = Date.now() + totalMs;
  for (;;) {
    try {
      await page.waitForFunction(condition, { timeout: Math.min(60_000, Math.max(1, deadline - Date.now())), polling: 500 });
      return;
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError' || Date.now() >= deadline) throw error;
    }
  }
}

async function result(library: Page, timeout: number): Promise<{ kind: string; text: string }> {
  await waitLong(library, () => document.querySelectorAll('[data-add-results] li').length === 1 && !document.querySelector('[data-add-progress]'), timeout);
  return library.$eval('[data-add-results] li', (li) => ({ kind: li.getAttribute('data-result') ?? '', text: li.textContent ?? '' }));
}

const progressSeen = (library: Page) => library.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

describe('a corpus pack of any size', () => {
  it(`adds a ${Math.round(PACK_BYTES / MIB)} MB pack whole in chunks, with progress per article; the same text twice is one article`, async () => {
    const ARTICLES = Math.ceil(PACK_BYTES / ARTICLE_CHARS);
    const lines = Array.from({ length: ARTICLES }, (_, i) => packLine(i + 1, ARTICLE_CHARS));
    lines.splice(20, 0, lines[3]!); // the same text twice
    const path = writePack('big.jsonl', lines);
    expect(statSync(path).size).toBeGreaterThan(PACK_BYTES);

    const library = await openLibrary();
    await choose(library, path);
    const outcome = await result(library, 600_000);
    expect(outcome).toEqual({ kind: 'ok', text: `big.jsonl: added ${ARTICLES} articles.` });
    expect(await addedCount()).toBe(ARTICLES);

    const seen = await progressSeen(library);
    const counts = seen.map((t) => new RegExp(`article ([\\d,]+) of ${ARTICLES.toLocaleString('en-US')}$`).exec(t)).filter((m) => m !== null).map((m) => Number(m[1]!.replaceAll(',', '')));
    // Counted in articles as the chunks arrive: some between none and all, never going back.
    expect(counts.some((n) => n > 0 && n < ARTICLES)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(seen.some((t) => t.endsWith(`saving ${ARTICLES} articles`))).toBe(true);
    await library.close();
  }, 900_000);

  it('refuses a pack with a bad line near its end whole, naming the file and line', async () => {
    const before = await addedCount();
    const lines = Array.from({ length: 300 }, (_, i) => packLine(1_000 + i, 3_000));
    lines[297] = '{"url": "https://wire.example/pack/broken", "text": "cut short';
    const library = await openLibrary();
    await choose(library, writePack('bad-near-end.jsonl', lines));
    const outcome = await result(library, 120_000);
    expect(outcome.kind).toBe('error');
    expect(outcome.text).toMatch(/^bad-near-end\.jsonl: line 298: not valid JSON/);
    expect(await addedCount()).toBe(before);
    await library.close();
  }, 180_000);

  it('a worker stopped in the middle of a pack: the file is reported interrupted and nothing of it is stored', async () => {
    const before = await addedCount();
    const lines = Array.from({ length: 150 }, (_, i) => packLine(2_000 + i, 40_000));
    const library = await openLibrary();
    await choose(library, writePack('stopped.jsonl', lines));
    // Wait until the worker holds part of the file, then stop it as the browser stops an idle worker.
    await waitLong(library, () => (window as unknown as { progressSeen: string[] }).progressSeen.some((t) => /article [1-9][\d,]* of 150$/.test(t)), 300_000);
    await session.restartWorker();
    const outcome = await result(library, 300_000);
    expect(outcome.kind).toBe('error');
    expect(outcome.text).toMatch(/^stopped\.jsonl: .*interrupted.*nothing of it was written/);
    expect(await addedCount()).toBe(before);
    await library.close();
  }, 700_000);
});
