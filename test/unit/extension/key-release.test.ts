// A framed page's key actions wait until every key of the press is released:
// a key-up left over after the frame goes would land on the page.
import { describe, expect, it } from 'vitest';
import { trackHeldKeys } from '../../../extension/pages/text-field/key-release.ts';

/** A key event as the frame's window sees it (Node has no KeyboardEvent). */
function key(type: 'keydown' | 'keyup', code: string, modifiers: { ctrlKey?: boolean; shiftKey?: boolean } = {}): Event {
  return Object.assign(new Event(type), { code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers });
}

function frameWindow() {
  const target = new EventTarget();
  return { target, keys: trackHeldKeys(target as unknown as Window) };
}

describe('trackHeldKeys', () => {
  it('runs an action at once when no key is held', () => {
    const { keys } = frameWindow();
    const ran: string[] = [];
    keys.afterRelease(() => ran.push('close'));
    expect(ran).toEqual(['close']);
  });

  it('waits for the last key of Ctrl+Enter, whichever is released last', () => {
    const { target, keys } = frameWindow();
    const ran: string[] = [];
    target.dispatchEvent(key('keydown', 'ControlLeft', { ctrlKey: true }));
    target.dispatchEvent(key('keydown', 'Enter', { ctrlKey: true }));
    keys.afterRelease(() => ran.push('save'));
    target.dispatchEvent(key('keyup', 'Enter', { ctrlKey: true }));
    expect(ran).toEqual([]);
    target.dispatchEvent(key('keyup', 'ControlLeft'));
    expect(ran).toEqual(['save']);
  });

  it('waits for a modifier pressed before the frame had the focus (its key-down went to the page)', () => {
    const { target, keys } = frameWindow();
    const ran: string[] = [];
    target.dispatchEvent(key('keydown', 'Enter', { shiftKey: true }));
    keys.afterRelease(() => ran.push('save'));
    target.dispatchEvent(key('keyup', 'Enter', { shiftKey: true }));
    expect(ran).toEqual([]);
    target.dispatchEvent(key('keyup', 'ShiftLeft'));
    expect(ran).toEqual(['save']);
  });

  it('runs what waits when the frame loses the focus (the keys are released elsewhere)', () => {
    const { target, keys } = frameWindow();
    const ran: string[] = [];
    target.dispatchEvent(key('keydown', 'Escape'));
    keys.afterRelease(() => ran.push('close'));
    target.dispatchEvent(new Event('blur'));
    expect(ran).toEqual(['close']);
    // And nothing is held any more.
    keys.afterRelease(() => ran.push('again'));
    expect(ran).toEqual(['close', 'again']);
  });
});
