// Nothing lost, in Chromium, through the library page's real controls: a
// 50,000-highlight backup restored into a fresh profile and exported again
// with every field equal; notes quoting markup kept and shown as text; three
// students' hand-ins kept whole, each in its layer; an updated file applied
// and said so; a deleted note gone from every object store once its undo is
// dismissed; and a database from a newer version reported in words while the
// overlay still mounts.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord, Category } from '../../src/store/annotation.ts';
import { BUILTIN_CATEGORIES, STATEMENT_CATEGORY_ID } from '../../src/store/categories.ts';
import { exportW3C } from '../../src/store/export-w3c.ts';
import { DB_NAME, DB_VERSION } from '../../src/store/schema.ts';
import { loadFixturePages } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { dumpDatabase } from './support/database-dump.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';

const LIBRARY = 'extension/pages/library/index.html';
const IMPORT_SECTION = 'section[aria-labelledby="sl-import-title"]';
const workDir = mkdtempSync(join(tmpdir(), 'sourcelight-backup-'));

beforeAll(() => requireBuild(DIST_DIR));

const OWN_CATEGORY: Category = { id: 'cat-loaded-language', label: 'Loaded language', color: '#c2255c', builtin: false };
const READER_CATEGORIES = ['claim', 'quote', 'evidence', 'question', OWN_CATEGORY.id];

/** Synthetic highlights with every field in use: statements, own category, tags, hidden, notes or none. */
function syntheticRecords(count: number): AnnotationRecord[] {
  const start = Date.parse('2024-01-01T00:00:00.000Z');
  return Array.from({ length: count }, (_, i) => {
    const statement = i % 10 === 0;
    const quote = `Passage ${i} of the synthetic story, quoted word for word.`;
    const at = new Date(start + i * 1000).toISOString();
    const record: AnnotationRecord = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      layerId: 'own',
      origin: statement ? 'statement' : 'reader',
      pageUrl: `https://example.org/story/${i % 250}`,
      corpusId: i % 3 === 0 ? 'sputnik-2008-09-27-lavrov-relations-not-frozen' : null,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: quote, prefix: `text before ${i} `, suffix: ` text after ${i}` },
        position: { type: 'TextPositionSelector', start: i * 7, end: i * 7 + quote.length },
      },
      categoryId: statement ? STATEMENT_CATEGORY_ID : READER_CATEGORIES[i % READER_CATEGORIES.length]!,
      note: i % 2 === 0 ? '' : `Note ${i}: who said this first, and where? ${'détail '.repeat(i % 5)}`.trim(),
      tags: i % 5 === 0 ? ['class-7b', `week ${i % 7}`] : [],
      hidden: i % 50 === 0,
      created: at,
      modified: new Date(start + i * 1000 + 500).toISOString(),
    };
    if (statement) record.statement = { kind: i % 20 === 0 ? 'direct' : 'indirect', speaker: i % 30 === 0 ? null : 'Sergei Lavrov', anonymous: i % 30 === 0, corrected: i % 40 === 0 };
    return record;
  });
}

type Item = { id: string } & Record<string, unknown>;
const itemsOf = (text: string): Item[] => (JSON.parse(text) as { first?: { items: Item[] } }).first?.items ?? [];
const byId = (a: Item, b: Item) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function waitForFile(dir: string, pattern: RegExp, timeoutMs: number): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = readdirSync(dir).find((f) => pattern.test(f));
    if (found) return join(dir, found);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No file matching ${pattern} was downloaded to ${dir}`);
}

/** Waits for a condition in the page over a long time, in short calls (one long call would hit the protocol timeout). */
async function waitLong<A extends string | number | undefined>(page: Page, fn: (arg: A) => boolean, arg: A, totalMs: number): Promise<void> {
  const until = Date.now() + totalMs;
  for (;;) {
    try {
      await page.waitForFunction(fn as (arg: unknown) => boolean, { timeout: 30_000, polling: 500 }, arg as unknown);
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
    }
  }
}

async function openLibrary(session: ChromiumSession): Promise<Page> {
  const page = await session.extensionPage(LIBRARY);
  await page.waitForSelector('h1');
  return page;
}

/** Chooses a file in the library's real file input and imports it, into a named layer or the reader's own highlights. */
async function importThroughLibrary(page: Page, path: string, into: { layer: string } | 'own', timeout = 60_000): Promise<string> {
  const finished = `${IMPORT_SECTION} .sl-form-ok, ${IMPORT_SECTION} .sl-form-error`;
  // sendFromExtensionPage opens a tab of its own; input goes to the tab in front.
  await page.bringToFront();
  await page.click(into === 'own' ? 'input[data-import="own"]' : 'input[data-import="layer"]');
  const input = await page.$('input[data-import="file"]');
  await input!.uploadFile(path);
  if (into !== 'own') {
    // The layer name defaults to the file's name; the reader gives another.
    const base = path.split('/').pop()!.replace(/\.[^.]+$/, '');
    await page.waitForFunction((name) => (document.querySelector('input[data-import="layer-name"]') as HTMLInputElement | null)?.value === name, {}, base);
    await page.$eval('input[data-import="layer-name"]', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await page.type('input[data-import="layer-name"]', into.layer);
  } else {
    await page.waitForFunction(() => (document.querySelector('input[data-import="file"]') as HTMLInputElement).files?.length === 1);
  }
  await page.click('button[data-import="submit"]');
  await waitLong(page, (selector) => document.querySelector(selector) !== null, finished, timeout);
  return page.$eval(finished, (el) => `${el.className}: ${el.textContent}`);
}

function writeCollection(name: string, items: unknown[]): string {
  const path = join(workDir, name);
  writeFileSync(path, JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: name, first: { type: 'AnnotationPage', items } }));
  return path;
}

function handInItem(id: string, passage: number, note: string | null, modified = '2024-03-01T09:00:00.000Z') {
  const exact = ['Russia is not freezing its relations with NATO', 'the alliance must decide', 'Lavrov told reporters'][passage]!;
  return {
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    created: '2024-03-01T09:00:00.000Z',
    modified,
    body: note === null ? [] : [{ type: 'TextualBody', value: note, purpose: 'commenting' }],
    target: {
      source: 'https://sputnikglobe.com/20080927/117172470.html',
      selector: [
        { type: 'TextQuoteSelector', exact },
        { type: 'TextPositionSelector', start: passage * 100, end: passage * 100 + exact.length },
      ],
    },
  };
}

describe('a 50,000-highlight backup', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  it('restores into a fresh profile through the library and exports again with every field equal', { timeout: 900_000 }, async () => {
    const records = syntheticRecords(50_000);
    const original = exportW3C(records, { categories: [...BUILTIN_CATEGORIES, OWN_CATEGORY] });
    const path = join(workDir, 'backup-50000.jsonld');
    writeFileSync(path, original);
    const sizeMb = statSync(path).size / 1024 / 1024;
    expect(sizeMb).toBeGreaterThan(20); // well past the old 5 MB limit

    const page = await openLibrary(session);
    // Every progress text the import shows, caught as it is drawn.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      const t0 = performance.now();
      new MutationObserver(() => {
        const text = document.querySelector('[data-import="progress-text"]')?.textContent;
        if (text && !seen.at(-1)?.endsWith(text)) seen.push(`${((performance.now() - t0) / 1000).toFixed(1)}s ${text}`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const started = Date.now();
    const summary = await importThroughLibrary(page, path, 'own', 600_000);
    const importSeconds = (Date.now() - started) / 1000;
    console.log(`import confirmed after ${importSeconds.toFixed(1)} s`);
    expect(summary).toContain('sl-form-ok');
    expect(summary).toContain('Imported: 50,000 highlights added to your own highlights');
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    console.log(progress.join('\n'));
    expect(progress.some((t) => /s Checking [\d,]+ of 50,000 highlights/.test(t))).toBe(true);
    expect(progress.some((t) => /s Sending [\d,]+ of 50,000 highlights/.test(t))).toBe(true);
    // Hidden highlights are listed only when asked for; statements only with the Kind filter (own by default).
    await page.waitForSelector('select[data-filter="origin"]');
    await page.select('select[data-filter="origin"]', 'all');
    const listed = records.filter((r) => !r.hidden).length;
    await waitLong(page, (n) => document.querySelector('#sl-results-title')?.textContent?.startsWith(`${n} highlights`) === true, listed.toLocaleString('en-US'), 300_000);
    console.log(`library listed after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const downloads = mkdtempSync(join(workDir, 'downloads-'));
    const cdp = await session.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    const exportStarted = Date.now();
    await page.click('button[data-export="jsonld"]');
    const exported = readFileSync(await waitForFile(downloads, /\.jsonld$/, 300_000), 'utf8');
    const exportSeconds = (Date.now() - exportStarted) / 1000;
    await waitLong(page, () => document.querySelector('.sl-form-ok')?.textContent?.includes('Exported 50000 highlights') === true, undefined, 120_000);

    const before = itemsOf(original).sort(byId);
    const after = itemsOf(exported).sort(byId);
    expect(after).toHaveLength(50_000);
    // Compared in slices so a difference names the first bad annotation instead of a 50,000-item diff.
    for (let i = 0; i < before.length; i += 1_000) expect(after.slice(i, i + 1_000)).toEqual(before.slice(i, i + 1_000));
    console.log(`50,000-highlight backup: ${sizeMb.toFixed(1)} MB, import ${importSeconds.toFixed(1)} s, export ${exportSeconds.toFixed(1)} s`);
    await page.close();
  });
});

describe('classroom files and plain-text notes', () => {
  let session: ChromiumSession;
  let page: Page;
  beforeAll(async () => {
    session = await launchChromium();
    page = await openLibrary(session);
  });
  afterAll(() => session?.close());

  const libraryAll = async () =>
    (await session.sendFromExtensionPage({ type: 'library/all', payload: {} })).value as { annotations: AnnotationRecord[]; layers: { id: string; name: string }[] };

  it('restores notes about javascript: and quoting <img onerror> and shows them as text: no element made, nothing run', async () => {
    const notes = ['The link in the footer was javascript:alert(document.cookie) — a tracker?', 'They quoted <img src=x onerror="window.slRan=1"> in the caption'];
    const path = writeCollection('markup-notes.jsonld', [
      handInItem('7a000000-0000-4000-8000-000000000001', 0, notes[0]!),
      { ...handInItem('7a000000-0000-4000-8000-000000000002', 1, notes[1]!), target: { source: 'https://sputnikglobe.com/20080927/117172470.html', selector: [{ type: 'TextQuoteSelector', exact: '<img src=x onerror="window.slRan=2">' }, { type: 'TextPositionSelector', start: 10, end: 46 }] } },
    ]);
    const summary = await importThroughLibrary(page, path, 'own');
    expect(summary).toContain('Imported: 2 highlights added to your own highlights');
    await page.waitForFunction(() => document.querySelectorAll('.sl-entry').length === 2);
    const shown = await page.$$eval('.sl-entry-note', (els) => els.map((e) => e.textContent));
    expect(shown.sort()).toEqual([...notes].sort());
    expect(await page.$$eval('.sl-entry-quote', (els) => els.map((e) => e.textContent))).toContain('<img src=x onerror="window.slRan=2">');
    expect(await page.$$eval('.sl-entry img, .sl-entry a[href^="javascript"]', (els) => els.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { slRan?: number }).slRan)).toBeUndefined();
  });

  it("keeps three students' hand-ins of the same passages whole, each in its own layer", async () => {
    for (const [s, student] of ['Ana', 'Ben', 'Chloé'].entries()) {
      // The same three passages, no notes, each student's own ids.
      const items = [0, 1, 2].map((p) => handInItem(`5d000000-0000-4000-8000-00000000${s}${p}00`, p, null));
      const summary = await importThroughLibrary(page, writeCollection(`hand-in-${s}.jsonld`, items), { layer: `Student ${student}` });
      expect(summary).toContain(`Imported: 3 highlights added to the layer “Student ${student}”`);
    }
    const all = await libraryAll();
    for (const student of ['Ana', 'Ben', 'Chloé']) {
      const layer = all.layers.find((l) => l.name === `Student ${student}`);
      expect(layer).toBeDefined();
      expect(all.annotations.filter((a) => a.layerId === layer!.id)).toHaveLength(3);
    }
    await page.waitForFunction(() => document.querySelectorAll('.sl-entry[data-layer^="Student "]').length === 9);
  });

  it('applies an updated file and says what it updated, kept and added', async () => {
    const first = writeCollection('teacher-set.jsonld', [
      handInItem('7e000000-0000-4000-8000-000000000001', 0, 'Who benefits from this framing?'),
      handInItem('7e000000-0000-4000-8000-000000000002', 1, 'Compare with the Reuters copy.'),
    ]);
    expect(await importThroughLibrary(page, first, { layer: 'Teacher' })).toContain('Imported: 2 highlights added');
    const layersBefore = (await libraryAll()).layers.length;
    const corrected = writeCollection('teacher-set-corrected.jsonld', [
      handInItem('7e000000-0000-4000-8000-000000000001', 0, 'Who benefits from this framing? (corrected: name two parties)', '2024-04-02T08:00:00.000Z'),
      handInItem('7e000000-0000-4000-8000-000000000002', 1, 'Compare with the Reuters copy.'),
    ]);
    const summary = await importThroughLibrary(page, corrected, { layer: 'Teacher (corrected)' });
    expect(summary).toContain('0 highlights added');
    expect(summary).toContain('1 highlight updated to the file’s newer version');
    expect(summary).toContain('1 already in the library, unchanged');
    const all = await libraryAll();
    expect(all.layers).toHaveLength(layersBefore); // nothing new: no empty layer
    const updated = all.annotations.find((a) => a.id === '7e000000-0000-4000-8000-000000000001');
    expect(updated?.note).toBe('Who benefits from this framing? (corrected: name two parties)');
    expect(all.layers.find((l) => l.id === updated?.layerId)?.name).toBe('Teacher');
    await page.waitForFunction(() => [...document.querySelectorAll('.sl-entry-note')].some((n) => n.textContent?.includes('name two parties')));
  });
});

describe('a backup of every layer', () => {
  let first: ChromiumSession;
  let fresh: ChromiumSession;
  afterAll(async () => {
    await first?.close();
    await fresh?.close();
  });

  it('exported from the library and imported into a fresh profile, puts each highlight back in its layer', { timeout: 300_000 }, async () => {
    first = await launchChromium();
    const page = await openLibrary(first);
    const own = writeCollection('mine-before-backup.jsonld', [handInItem('6b000000-0000-4000-8000-000000000001', 0, null)]);
    expect(await importThroughLibrary(page, own, 'own')).toContain('Imported: 1 highlight added to your own highlights');
    // Three students' hand-ins of the same passages without notes, each in its own layer.
    for (const [s, student] of ['Ana', 'Ben', 'Chloé'].entries()) {
      const items = [0, 1, 2].map((p) => handInItem(`6c000000-0000-4000-8000-00000000${s}${p}00`, p, null));
      expect(await importThroughLibrary(page, writeCollection(`backup-hand-in-${s}.jsonld`, items), { layer: `Student ${student}` })).toContain('3 highlights added');
    }
    const layerCounts = async (session: ChromiumSession) => {
      const all = (await session.sendFromExtensionPage({ type: 'library/all', payload: {} })).value as { annotations: AnnotationRecord[]; layers: { id: string; name: string }[] };
      return Object.fromEntries(all.layers.map((l) => [l.name, all.annotations.filter((a) => a.layerId === l.id).length]));
    };
    const before = await layerCounts(first);
    expect(before).toEqual({ 'My highlights': 1, 'Student Ana': 3, 'Student Ben': 3, 'Student Chloé': 3 });

    const downloads = mkdtempSync(join(workDir, 'layers-backup-'));
    const cdp = await first.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.bringToFront();
    await page.click('button[data-export="jsonld"]');
    const backup = await waitForFile(downloads, /\.jsonld$/, 60_000);

    fresh = await launchChromium();
    const restored = await openLibrary(fresh);
    const summary = await importThroughLibrary(restored, backup, 'own');
    expect(summary).toContain('Imported: 1 highlight added to your own highlights; 9 highlights put back in the layers the file names');
    expect(summary).not.toContain('duplicate');
    expect(await layerCounts(fresh)).toEqual(before);
  });
});

/** Files under a directory whose bytes contain `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'latin1');
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (readFileSync(path).includes(bytes)) found.push(path.slice(dir.length + 1));
    }
  };
  walk(dir);
  return found;
}

describe('deletes become final', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  it("leaves none of a deleted note's text in any object store once the undo is dismissed", async () => {
    const NOTE = 'Private note PURGE-CHECK-4417 about my source';
    const page = await openLibrary(session);
    const created = await page.evaluate(async (note) => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      const make = (exact: string, text: string, tags: string[]) =>
        send({
          type: 'annotations/create',
          payload: {
            url: 'https://example.org/blog/post',
            corpusId: null,
            selectors: { quote: { type: 'TextQuoteSelector', exact }, position: { type: 'TextPositionSelector', start: 0, end: exact.length } },
            categoryId: 'question',
            note: text,
            tags,
          },
        });
      return [await make('A passage the reader will delete', note, ['private-tag-4417']), await make('A passage the reader keeps', 'Kept note', [])];
    }, NOTE);
    expect(created.every((r: { ok: boolean }) => r.ok)).toBe(true);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.sl-entry').length === 2);
    expect(await dumpDatabase(page)).toContain(NOTE);

    const entry = await page.$$eval('.sl-entry', (els) => els.findIndex((e) => e.textContent?.includes('PURGE-CHECK-4417')));
    await page.click(`.sl-entry:nth-of-type(${entry + 1}) button[data-action="delete"]`);
    await page.waitForSelector('button[data-action="undo"]');
    expect(await dumpDatabase(page)).toContain(NOTE); // still restorable while Undo is offered
    await page.click('button[data-action="dismiss-undo"]');
    await page.waitForFunction(
      async (name) => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const r = indexedDB.open(name);
          r.onsuccess = () => resolve(r.result);
        });
        const all = await new Promise<unknown[]>((resolve) => {
          const r = db.transaction('annotations').objectStore('annotations').getAll();
          r.onsuccess = () => resolve(r.result);
        });
        db.close();
        return all.length === 1;
      },
      { polling: 200, timeout: 20_000 },
      DB_NAME,
    );
    const dump = await dumpDatabase(page);
    for (const word of ['PURGE-CHECK-4417', 'A passage the reader will delete', 'private-tag-4417']) expect(dump).not.toContain(word);
    expect(dump).toContain('Kept note');

    // What Chromium leaves on disk is a property of its storage engine, not of the database's content: measured, reported.
    await page.close();
    await session.close();
    const onDisk = filesContaining(join(session.userDataDir, 'Default', 'IndexedDB'), 'PURGE-CHECK-4417');
    console.log(`After purge and browser close, files in the profile's IndexedDB folder holding the note: ${onDisk.length ? onDisk.join(', ') : 'none'}`);
  });
});

describe('a database from a newer version of Sourcelight', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  it('still mounts the overlay on a corpus page; the library says so in words and nothing is written', async () => {
    const lib = await openLibrary(session);
    // A newer Sourcelight's database: one version up, with a store of its own.
    const created = await lib.evaluate(
      (name, version) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open(name, version);
          request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture', { keyPath: 'id' }).put({ id: 'x', note: 'kept' });
          request.onsuccess = () => {
            const v = request.result.version;
            request.result.close();
            resolve(v);
          };
          request.onerror = () => reject(request.error);
        }),
      DB_NAME,
      DB_VERSION + 1,
    );
    expect(created).toBe(DB_VERSION + 1);
    const before = await dumpDatabase(lib);
    await lib.close();
    // The worker had the database open (its start-up purge); a new worker meets the newer database.
    await session.restartWorker();

    const corpusPage = loadFixturePages().find((p) => p.case === 'corpus')!;
    const page = await session.openPage(corpusPage.url, fixtureRoutes());
    await page.waitForSelector('sourcelight-root', { timeout: 30_000 });
    const probe = await OverlayProbe.attach(page, session.extensionId);
    await probe.waitFor('.sl-badge');
    expect(await page.$eval('sourcelight-root', (el) => el.getAttribute('data-corpus-id'))).toBe(corpusPage.expect);

    const library = await openLibrary(session);
    await library.waitForSelector('.sl-error-text', { timeout: 20_000 });
    const sentence = await library.$eval('.sl-error-text', (el) => el.textContent ?? '');
    expect(sentence).toMatch(/saved by a newer version of Sourcelight.*Nothing was changed/);
    expect(sentence).not.toMatch(/VersionError/);
    expect(await dumpDatabase(library)).toBe(before);
    expect(await library.evaluate((name) => indexedDB.databases().then((dbs) => dbs.find((d) => d.name === name)?.version), DB_NAME)).toBe(DB_VERSION + 1);
  });
});
