// What a hostile page can learn from the selection toolbar. The page contract
// says nothing the reader writes may be readable by the page's own scripts, and
// that a passage was highlighted is the reader's. A script in the page's own
// world records every event it can get at on the window and the document
// (pointer, mouse, key, focus, selection, input, clipboard, messages), every
// mutation, and, polled, the focus (`document.activeElement`, `hasFocus`), the
// selection, the UI host's box, the number of frames and what lies under a
// grid of points (`elementsFromPoint`), while the reader selects a passage and
// then (a) highlights it, (b) highlights it with a note, (c) closes the
// toolbar or (d) highlights it and takes it back with the Undo the toolbar's
// frame then offers. All four leave the page the same records, over the whole
// time the frame stays after the reader's action (a save's confirmation is
// shown in it for that time); (a) and (b) are saved, (d) is not.
// Each is done on a fresh load of the same article, the same passage in the
// same place, once with the mouse on the toolbar's controls and once with the
// keyboard; the mouse enters the toolbar at the same point each time.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFTER_ACTION_MS } from '../../extension/shared/selection-toolbar-protocol.ts';
import { loadFixturePages } from './support/fixture-pages.ts';
import { evaluateInFrame } from './support/frame-evaluate.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';
import { dragSelect } from './support/select-text.ts';
import {
  clickToolbar,
  clickToolbarUndo,
  toolbarFrame,
  toolbarOpen,
  toolbarPoint,
  toolbarQuery,
  toolbarSays,
  typeInToolbarNote,
  waitForToolbarSaved,
} from './support/selection-toolbar.ts';

const pages = loadFixturePages();
const routes = fixtureRoutes();
const LAVROV = pages.find((p) => p.case === 'corpus' && p.expect === 'sputnik-2008-09-27-lavrov-relations-not-frozen')!;
const PASSAGE = 'Moscow in turn blamed Western powers for encouraging Tbilisi';

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

type Outcome = 'highlight' | 'highlight-with-note' | 'dismiss' | 'undo';
type Way = 'mouse' | 'keyboard';

/** Starts the hostile page's recorder, in the page's own world. */
function startRecorder(page: Page): Promise<void> {
  return page.evaluate(() => {
    const records: string[] = [];
    const states: string[] = [];
    const w = window as unknown as { __records: string[]; __states: string[]; __watch: boolean };
    w.__records = records;
    w.__states = states;
    w.__watch = false;
    const host = () => [...document.documentElement.children].find((el) => el.localName === 'div') ?? null;
    const name = (target: EventTarget | null): string => {
      if (target === window) return 'window';
      if (target === document) return 'document';
      if (target === null) return 'null';
      if (target === host()) return 'HOST';
      if (target instanceof Element) return `${target.localName}${target.id ? `#${target.id}` : ''}`;
      return String(target);
    };
    const types = [
      'pointerdown', 'pointerup', 'pointermove', 'pointerover', 'pointerout', 'pointerenter', 'pointerleave', 'pointercancel',
      'gotpointercapture', 'lostpointercapture', 'mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseout', 'mouseenter',
      'mouseleave', 'click', 'dblclick', 'auxclick', 'contextmenu', 'wheel', 'keydown', 'keyup', 'keypress', 'focus', 'blur',
      'focusin', 'focusout', 'beforeinput', 'input', 'change', 'compositionstart', 'compositionend', 'selectstart',
      'selectionchange', 'copy', 'cut', 'paste', 'dragstart', 'drop', 'message', 'resize', 'scroll', 'visibilitychange',
      'pagehide', 'pageshow',
    ];
    for (const target of [window, document]) {
      for (const type of types) {
        target.addEventListener(
          type,
          (e) => {
            const mouse = e instanceof MouseEvent ? ` at ${e.clientX},${e.clientY} buttons ${e.buttons} related ${name(e.relatedTarget)}` : '';
            const key = e instanceof KeyboardEvent ? ` ${e.key} ${e.code}` : '';
            const focus = e instanceof FocusEvent ? ` related ${name(e.relatedTarget)}` : '';
            if (w.__watch) records.push(`${name(target)}: ${e.type} on ${name(e.target)}${mouse}${key}${focus}`);
          },
          true,
        );
      }
    }
    new MutationObserver((list) => {
      for (const r of list) if (w.__watch) records.push(`mutation ${r.type} ${name(r.target)} ${r.attributeName ?? ''} +${r.addedNodes.length} -${r.removedNodes.length}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    // What can be asked at any moment, recorded whenever it changes. Everything is recorded from when the reader
    // has selected the passage and the toolbar shows (the drag itself is the same each time, but how the browser
    // batches its selectionchange events among the mouse moves is not).
    let last = '';
    const look = () => {
      if (!w.__watch) return;
      const ui = host();
      const box = ui?.getBoundingClientRect();
      const selection = getSelection();
      const points: string[] = [];
      for (let y = 10; y < innerHeight; y += 40) {
        for (let x = 10; x < innerWidth; x += 40) {
          if (document.elementsFromPoint(x, y).some((el) => el === ui)) points.push(`${x},${y}`);
        }
      }
      const state = JSON.stringify({
        active: name(document.activeElement),
        hasFocus: document.hasFocus(),
        selection: selection?.toString() ?? '',
        ranges: selection?.rangeCount ?? 0,
        host: box ? [box.x, box.y, box.width, box.height] : null,
        hostAttributes: ui ? [...ui.attributes].map((a) => `${a.name}=${a.value}`) : null,
        hostChildren: ui?.childNodes.length ?? null,
        frames: window.length,
        hostUnder: points,
      });
      if (state !== last) states.push(state);
      last = state;
    };
    setInterval(look, 10);
  });
}

interface Records {
  /** Every event and mutation, in order. */
  events: string[];
  /** Each new state of what the page can ask, in order. */
  states: string[];
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __records: string[]; __states: string[] };
    return { events: w.__records.slice(), states: w.__states.slice() };
  });

/** Waits until the page's records stay the same for a second. */
async function settledRecords(page: Page): Promise<Records> {
  let before = JSON.stringify(await recorded(page));
  for (;;) {
    await page.evaluate(() => new Promise((done) => setTimeout(done, 1_000)));
    const now = await recorded(page);
    if (JSON.stringify(now) === before) return now;
    before = JSON.stringify(now);
  }
}

/** Marks, in the polled states, the click that ends the selection and the toolbar (see untilClickAway). */
const CLICK_AWAY = '--- click away ---';

/**
 * The records with the polled states after the click away cut to the last one. That click collapses the selection
 * at once and the toolbar goes a task later: a poll may land in between (a state with no selection and the
 * frame still there) or not, by the poll's timing alone, whether a highlight was saved or not. The events and the
 * mutations stay whole; so do the states before the click, and the state the page is left in.
 */
function untilClickAway(records: Records): Records {
  const at = records.states.indexOf(CLICK_AWAY);
  if (at < 0) throw new Error('the click away was not marked in the records');
  const after = records.states.slice(at + 1);
  return { events: records.events, states: [...records.states.slice(0, at), ...after.slice(-1)] };
}

async function storedOf(passage: string): Promise<{ id: string; note: string }[]> {
  const library = await session.sendFromExtensionPage({ type: 'library/all', payload: {} });
  const records = (library.value as { annotations: { id: string; note: string; selectors: { quote: { exact: string } } }[] }).annotations;
  return records.filter((r) => r.selectors.quote.exact === passage);
}

async function storedNotesOf(passage: string): Promise<string[]> {
  return (await storedOf(passage)).map((r) => r.note);
}

/** Takes the passage's highlights away for good, so that each outcome starts from the same page. */
async function forget(passage: string): Promise<void> {
  for (const { id } of await storedOf(passage)) {
    await session.sendFromExtensionPage({ type: 'annotations/delete-permanently', payload: { id } });
  }
  expect(await storedOf(passage)).toEqual([]);
}

/** A fresh load of the article, scrolled to the passage and settled, with the hostile page's recorder started. */
async function recordingPage(): Promise<{ page: Page; probe: OverlayProbe }> {
  const page = await session.openPage(LAVROV.url, routes);
  await page.bringToFront();
  await page.waitForSelector('sourcelight-root[data-corpus-id]', { timeout: 20_000 });
  const probe = await OverlayProbe.attach(page, session.extensionId);
  await probe.waitFor('.sl-badge');
  await page.evaluate((wanted: string) => {
    [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(wanted))!.scrollIntoView({ block: 'center' });
  }, PASSAGE);
  // Statements out of view are drawn in idle time: the page settles before the recording starts.
  await probe.waitForStill('.sl-badge');
  await startRecorder(page);
  return { page, probe };
}

/** The reader selects the passage; once the toolbar shows, the page's recorder starts keeping what it sees. */
async function selectAndWatch(page: Page, probe: OverlayProbe): Promise<void> {
  expect(await dragSelect(page, PASSAGE)).toBe(true);
  await toolbarFrame(page, probe);
  await page.evaluate(() => {
    (window as unknown as { __watch: boolean }).__watch = true;
  });
}

/**
 * On a fresh load: the reader selects the passage (the toolbar shows), then saves it with the keyboard command or
 * not, waits past the time a closed toolbar's frame would stay, and clicks in the article away from the toolbar.
 */
async function whatThePageRecordsOfTheCommand(useCommand: boolean): Promise<Records> {
  await forget(PASSAGE);
  const { page, probe } = await recordingPage();
  try {
    await selectAndWatch(page, probe);
    const waiting = Date.now();
    if (useCommand) {
      // What the worker's commands.onCommand listener sends to the tab for Alt+Shift+H.
      const worker = await session.worker();
      const answer = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(tab!.id!, { type: 'selection/highlight' });
      });
      expect(answer).toBe(true);
      await waitForToolbarSaved(page);
    }
    // The toolbar stays open, as an untouched one does, past the time a closed one's frame stays.
    await expect.poll(() => Date.now() - waiting, { timeout: AFTER_ACTION_MS + 30_000, interval: 500 }).toBeGreaterThan(AFTER_ACTION_MS + 1_000);
    expect(await toolbarOpen(probe)).toBe(true);
    // A click on the selected text (above the toolbar) ends the selection, and with it the toolbar.
    const away = await page.evaluate(() => {
      const r = getSelection()!.getRangeAt(0).getClientRects()[0]!;
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.evaluate((mark: string) => {
      (window as unknown as { __states: string[] }).__states.push(mark);
    }, CLICK_AWAY);
    await page.mouse.click(away.x, away.y);
    await expect.poll(() => probe.query('iframe.sl-toolbar-frame'), { timeout: 20_000 }).toBeNull();
    const records = await settledRecords(page);
    expect(await storedNotesOf(PASSAGE)).toEqual(useCommand ? [''] : []);
    return untilClickAway(records);
  } finally {
    await page.close();
    await forget(PASSAGE);
  }
}

/** On a fresh load of the article: the reader selects the passage and ends with `outcome`; what the page recorded. */
async function whatThePageRecords(outcome: Outcome, way: Way, note: string): Promise<Records> {
  await forget(PASSAGE);
  const { page, probe } = await recordingPage();
  try {
    await selectAndWatch(page, probe);
    // Into the toolbar, at the same point every time (its frame's top left corner, on the toolbar's edge).
    const corner = await probe.waitForStill('.sl-toolbar iframe.sl-toolbar-frame');
    const entry = { x: corner.rect.x + 3, y: corner.rect.y + 3 };
    await page.mouse.move(entry.x, entry.y, { steps: 6 });
    /** Before the reader's action: the frame stays at least AFTER_ACTION_MS from here. */
    const acting = Date.now();
    if (way === 'mouse') {
      if (outcome === 'highlight-with-note') await typeInToolbarNote(page, probe, note);
      const target = outcome === 'dismiss' ? 'button[aria-label="Close"]' : '.sl-primary';
      // Within the frame only: from the entry point to the control, then click.
      const at = await toolbarPoint(page, probe, target);
      await page.mouse.move(at.x, at.y, { steps: 4 });
      await clickToolbar(page, probe, target);
      // Undo on the confirmation shown in the frame, with the mouse.
      if (outcome === 'undo') await clickToolbarUndo(page, probe);
    } else {
      // A click on the toolbar's edge puts the focus in it; the keyboard does the rest.
      await page.mouse.click(entry.x, entry.y);
      const frame = await toolbarFrame(page, probe);
      await expect.poll(() => evaluateInFrame(frame, () => document.hasFocus()), { timeout: 20_000 }).toBe(true);
      if (outcome === 'dismiss') await page.keyboard.press('Escape');
      else if (outcome === 'highlight' || outcome === 'undo') {
        await evaluateInFrame(frame, () => document.querySelector<HTMLElement>('.sl-primary')!.focus());
        await page.keyboard.press('Enter');
        if (outcome === 'undo') {
          // The confirmation's Undo takes the focus (the frame has it): Enter takes the highlight back.
          const confirmed = await waitForToolbarSaved(page);
          await expect.poll(() => evaluateInFrame(confirmed, () => document.activeElement?.className ?? ''), { timeout: 20_000 }).toContain('sl-undo');
          await page.keyboard.press('Enter');
        }
      } else {
        await evaluateInFrame(frame, () => document.querySelector<HTMLElement>('button[aria-expanded]')!.focus());
        await page.keyboard.press('Enter'); // Note… opens the note and puts the caret in it.
        await expect.poll(() => evaluateInFrame(frame, () => document.activeElement?.localName), { timeout: 20_000 }).toBe('textarea');
        await page.keyboard.type(note);
        await page.keyboard.down('Control');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Control');
      }
    }
    // Closed (while open, what it says: a failed save is shown in it).
    const shown = async () => ((await toolbarOpen(probe)) ? `open: ${(await toolbarQuery(page, probe, '[role="toolbar"]'))?.text}` : 'closed');
    await expect.poll(shown, { timeout: 20_000 }).toBe('closed');
    if (outcome === 'undo') await expect.poll(() => toolbarSays(page, 'Highlight taken back.'), { timeout: 20_000 }).toBe(true);
    // Back to where the pointer came in, inside the (now clear) frame, then out over the article, the same way each time.
    await page.mouse.move(entry.x, entry.y, { steps: 4 });
    await page.mouse.move(entry.x + 40, entry.y - 40, { steps: 6 });
    // The frame stays its time after the action, whatever the action, then goes (the pointer is off it).
    await expect.poll(() => probe.query('.sl-toolbar-leaving'), { timeout: AFTER_ACTION_MS + 30_000 }).toBeNull();
    expect(Date.now() - acting).toBeGreaterThanOrEqual(AFTER_ACTION_MS);
    const records = await settledRecords(page);
    if (outcome === 'dismiss' || outcome === 'undo') expect(await storedNotesOf(PASSAGE)).toEqual([]);
    else expect(await storedNotesOf(PASSAGE)).toEqual([outcome === 'highlight' ? '' : note]);
    return records;
  } finally {
    await page.close();
    await forget(PASSAGE);
  }
}

describe('a hostile page watching the selection toolbar', () => {
  for (const way of ['mouse', 'keyboard'] as const) {
    it(`records the same whether the reader highlights, highlights with a note, closes the toolbar or undoes a highlight (${way})`, async () => {
      const highlighted = await whatThePageRecords('highlight', way, '');
      const withNote = await whatThePageRecords('highlight-with-note', way, `A note the page must not guess (${way})`);
      const dismissed = await whatThePageRecords('dismiss', way, '');
      const undone = await whatThePageRecords('undo', way, '');
      // The records are about something: the selection, the toolbar appearing under the grid, the focus moving into it.
      expect(dismissed.events.some((r) => r.includes('on HOST'))).toBe(true);
      // The selection stays what the reader selected, whatever they did with it.
      expect(dismissed.states.every((r) => r.includes(`"selection":${JSON.stringify(PASSAGE)}`))).toBe(true);
      expect(dismissed.states.some((r) => r.includes('"active":"HOST"'))).toBe(true);
      expect(dismissed.states.some((r) => r.includes('"hostUnder":["'))).toBe(true);
      expect(highlighted).toEqual(dismissed);
      expect(withNote).toEqual(dismissed);
      expect(undone).toEqual(dismissed);
    }, 420_000);
  }

  it('records the same whether or not the reader saves with the keyboard command while the toolbar shows', async () => {
    const saved = await whatThePageRecordsOfTheCommand(true);
    const left = await whatThePageRecordsOfTheCommand(false);
    expect(left.events.some((r) => r.includes('click on'))).toBe(true);
    expect(saved).toEqual(left);
  }, 240_000);
});
