// What the reader types stays private (issue 18): a page with capture
// listeners on window and document for every keyboard, input, composition,
// clipboard and focus event records nothing of a note typed in the toolbar, a
// note edited in My highlights or a corrected speaker. The fields are
// extension-origin frames in the closed shadow root (not even in the page's
// window.frames), and the page's attempts to talk to frames get nothing.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixturePages, readFixturePage } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';
import { dragSelect } from './support/select-text.ts';
import { clickToolbar, toolbarFrame, typeInToolbarNote, waitForToolbarSaved } from './support/selection-toolbar.ts';
import { pressKeyThatRemovesItsFrame, typeInTextField } from './support/text-field.ts';

const pages = loadFixturePages();
const LAVROV = pages.find((p) => p.case === 'corpus' && p.expect === 'sputnik-2008-09-27-lavrov-relations-not-frozen')!;

const WATCHED = {
  keyboard: ['keydown', 'keyup', 'keypress'],
  input: ['input', 'beforeinput', 'change', 'textInput', 'select'],
  composition: ['compositionstart', 'compositionupdate', 'compositionend'],
  clipboard: ['copy', 'cut', 'paste'],
  focus: ['focus', 'blur', 'focusin', 'focusout'],
};

/** A page keylogger: records every watched event on window and document, capture phase, with anything that could carry text. */
const KEYLOGGER = `<script>
  window.__logged = [];
  window.__portMessages = [];
  const types = ${JSON.stringify(Object.values(WATCHED).flat())};
  const record = (where) => (event) => {
    const target = event.composedPath()[0];
    window.__logged.push({
      where, type: event.type, key: event.key ?? null, code: event.code ?? null, data: event.data ?? null,
      inputType: event.inputType ?? null, target: target?.nodeName ?? String(target),
      value: typeof target?.value === 'string' ? target.value : null,
      clipboard: event.clipboardData ? event.clipboardData.getData('text/plain') : null,
    });
  };
  for (const type of types) {
    window.addEventListener(type, record('window'), true);
    document.addEventListener(type, record('document'), true);
  }
  // The page also tries to talk to every frame as if it were the overlay, with a port of its own.
  window.__pokeFrames = () => {
    for (let i = 0; i < window.frames.length; i += 1) {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => window.__portMessages.push(event.data);
      try {
        window.frames[i].postMessage({ sourcelight: 'text-field/connect', secret: '', value: 'page' }, '*', [channel.port2]);
      } catch (error) {
        window.__portMessages.push('postMessage threw: ' + error);
      }
    }
    return window.frames.length;
  };
</script>`;

const TOOLBAR_NOTE = 'Toolbar note zq7 only for me';
const PANEL_NOTE = ' then edited in the panel xv9';
const SPEAKER = 'Corrected Speaker Wk3';

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

interface Logged {
  where: string;
  type: string;
  key: string | null;
  data: string | null;
  value: string | null;
  clipboard: string | null;
}

const logged = (page: Page) => page.evaluate(() => (window as unknown as { __logged: Logged[] }).__logged);


describe('a page keylogger', () => {
  it('records nothing of a toolbar note, a note edited in My highlights or a corrected speaker', async () => {
    const html = readFixturePage(LAVROV).replace('<head>', `<head>${KEYLOGGER}`);
    expect(html).toContain('__logged');
    const page = await session.openPage(LAVROV.url, new Map(fixtureRoutes()).set(LAVROV.url, html));
    try {
      await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      const probe = await OverlayProbe.attach(page, session.extensionId);
      await probe.waitFor('.sl-badge');
      // The logger works: it sees the reader's keys on the page itself.
      await page.keyboard.press('KeyQ');
      await expect.poll(async () => (await logged(page)).filter((e) => e.type === 'keydown' && e.key === 'q').length).toBe(2);
      const baseline = (await logged(page)).length;

      // 1. A note typed in the toolbar.
      const passage = 'Moscow in turn blamed Western powers';
      expect(await dragSelect(page, passage)).toBe(true);
      // The toolbar (its note with it) is a frame in the closed shadow root: not even in the page's window.frames to post to.
      await toolbarFrame(page, probe);
      expect(await page.evaluate(() => (window as unknown as { __pokeFrames: () => number }).__pokeFrames())).toBe(0);
      await typeInToolbarNote(page, probe, TOOLBAR_NOTE);
      await clickToolbar(page, probe, '.sl-primary');
      await waitForToolbarSaved(page);

      // 2. The same note edited in My highlights (all of it selected and retyped, then more added).
      await probe.showTab('My highlights');
      await probe.waitFor('.sl-list > li iframe.sl-text-field');
      await typeInTextField(page, probe, '.sl-list > li iframe.sl-text-field', PANEL_NOTE, { atEnd: true });
      await expect
        .poll(async () => (await probe.query('.sl-list > li [data-note-state]'))?.text, { timeout: 20_000 })
        .toBe('Saved');

      // 3. A speaker corrected in the Statements tab, submitted with Enter inside the field.
      await probe.showTab('Statements');
      await probe.click('.sl-list > li:first-child button:nth-of-type(2)'); // Correct
      await typeInTextField(page, probe, '.sl-list > li:first-child iframe.sl-text-field', SPEAKER, { replace: true });
      // Not page.keyboard.press: the saved correction closes the form and its field's frame (see pressKeyThatRemovesItsFrame).
      await pressKeyThatRemovesItsFrame(page, 'Enter');
      await expect.poll(async () => (await probe.query('.sl-list > li:first-child'))?.text, { timeout: 20_000 }).toContain(SPEAKER);

      // The reader's text reached the store...
      const library = await session.sendFromExtensionPage({ type: 'library/all', payload: {} });
      const notes = (library.value as { annotations: { note: string; statement?: { speaker: string | null } }[] }).annotations;
      expect(notes.map((r) => r.note)).toContain(`${TOOLBAR_NOTE}${PANEL_NOTE}`);
      expect(notes.map((r) => r.statement?.speaker)).toContain(SPEAKER);

      // ...and none of it reached the page.
      const during = (await logged(page)).slice(baseline);
      const textual = [...WATCHED.keyboard, ...WATCHED.input, ...WATCHED.composition, ...WATCHED.clipboard];
      expect(during.filter((e) => textual.includes(e.type))).toEqual([]);
      const seen = JSON.stringify(during);
      for (const secret of ['zq7', 'xv9', 'Wk3', 'Toolbar note', 'Corrected']) expect(seen).not.toContain(secret);
      expect(during.every((e) => e.key === null && e.data === null && e.clipboard === null)).toBe(true);
      // The page's own messages to the frames were ignored: nothing came back on its ports.
      expect(await page.evaluate(() => (window as unknown as { __portMessages: unknown[] }).__portMessages)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
