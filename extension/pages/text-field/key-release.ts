// What a key press does in a framed page (close, submit, a button pressed with
// Enter) happens once every key of the press is released. Acting on keydown,
// or on the release of one key while another is still held, may remove the
// frame and put the focus back on the page, which would then receive the
// remaining key-ups: a page could tell from them that the reader closed or saved.
import { useRef } from 'preact/hooks';

export interface HeldKeys {
  /** Runs `action` now if no key is held in this document, else once the last one is released. */
  afterRelease(action: () => void): void;
}

/** Follows the keys held down in this frame's document. */
export function trackHeldKeys(target: Window = window): HeldKeys {
  const held = new Set<string>();
  let waiting: (() => void)[] = [];
  const runWaiting = () => {
    const now = waiting;
    waiting = [];
    for (const action of now) action();
  };
  target.addEventListener('keydown', (event) => held.add(event.code), true);
  target.addEventListener(
    'keyup',
    (event) => {
      held.delete(event.code);
      if (held.size === 0 && !(event.ctrlKey || event.metaKey || event.altKey || event.shiftKey)) runWaiting();
    },
    true,
  );
  // Keys held when the focus leaves are released elsewhere: nothing of them is left to wait for.
  target.addEventListener('blur', () => {
    held.clear();
    runWaiting();
  });
  return {
    afterRelease(action) {
      if (held.size === 0) action();
      else waiting.push(action);
    },
  };
}

/**
 * A keydown handler for keys that act (Escape, Enter): `decide` names what a
 * keydown is for (null: nothing), `act` runs it once the keys are released.
 * Any other key (not a modifier) pressed in between cancels it.
 */
export function useKeyAction<Action>(keys: HeldKeys, decide: (event: KeyboardEvent) => Action | null, act: (action: Action) => void) {
  const armed = useRef<{ action: Action } | null>(null);
  return (event: KeyboardEvent) => {
    if (event.repeat) return;
    const action = decide(event);
    if (action === null) {
      if (!['Control', 'Meta', 'Shift', 'Alt'].includes(event.key)) armed.current = null;
      return;
    }
    event.preventDefault();
    const press = { action };
    armed.current = press;
    keys.afterRelease(() => {
      if (armed.current !== press) return;
      armed.current = null;
      act(press.action);
    });
  };
}
