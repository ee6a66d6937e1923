// @vitest-environment happy-dom
// A framed text field takes keys as soon as it has the focus, which can be
// before the overlay has connected and told it the stored value: what the
// reader types then is kept, after the stored value or its draft, and goes to
// the overlay as typing (a CI run once lost the first word of a note typed
// into a field clicked while it was still connecting).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { FromFrame, TextFieldInit } from '../../../extension/shared/text-field-protocol.ts';
import type { Draft, DraftStore } from '../../../extension/pages/text-field/drafts.ts';
import { FieldInFrame } from '../../../extension/pages/text-field/FieldInFrame.tsx';
import { startingValue } from '../../../extension/pages/text-field/starting-value.ts';

afterEach(() => render(null, document.body));

function memoryDrafts(initial: Draft | null = null): DraftStore & { kept: () => Draft | null } {
  let draft = initial;
  return {
    read: () => draft,
    write: (next) => {
      draft = next && next.value !== next.base ? next : null;
    },
    kept: () => draft,
  };
}

/** The frame's field rendered, with the overlay's end of the port and a way to connect when the test says. */
function frame(options: { multiline?: boolean; drafts?: ReturnType<typeof memoryDrafts> } = {}) {
  let connect!: (init: TextFieldInit) => void;
  const channel = new MessageChannel();
  const connection = new Promise<{ port: MessagePort; init: TextFieldInit }>((resolve) => {
    connect = (init) => resolve({ port: channel.port2, init });
  });
  const received: FromFrame[] = [];
  // A marker the test sends down the frame's own port: a port delivers in order, so once the marker is in, every
  // message the frame sent before it is in too. (A fixed wait was not enough: on a busy machine a 20 ms timer can
  // fire before a message already sent has been delivered, and a CI run failed so.)
  const FLUSHED = '__sourcelight-test-flushed__';
  let flushed: (() => void) | null = null;
  channel.port1.onmessage = (event: MessageEvent<FromFrame | typeof FLUSHED>) => {
    if (event.data === FLUSHED) flushed?.();
    else received.push(event.data);
  };
  const drafts = options.drafts ?? memoryDrafts();
  act(() => {
    render(
      <FieldInFrame
        options={{ label: 'Note', multiline: options.multiline }}
        connection={connection}
        drafts={drafts}
        heldKeys={{ afterRelease: (action) => action() }}
      />,
      document.body,
    );
  });
  const field = () => document.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input')!;
  const type = (text: string) =>
    act(() => {
      field().value += text;
      field().dispatchEvent(new Event('input', { bubbles: true }));
    });
  const connected = async (init: TextFieldInit) => {
    await act(async () => {
      connect(init);
      await connection;
    });
  };
  // Port messages arrive on a later turn: wait for the marker sent after everything the frame has sent so far.
  const messages = async () => {
    await new Promise<void>((resolve) => {
      flushed = resolve;
      channel.port2.postMessage(FLUSHED);
    });
    return received;
  };
  const close = () => {
    channel.port1.close();
    channel.port2.close();
  };
  return { field, type, connected, messages, drafts, close };
}

describe('a framed text field typed in before the overlay connects', () => {
  it('keeps what was typed, sends it as typing and keeps it as a draft', async () => {
    const f = frame({ multiline: true });
    try {
      expect(f.field().readOnly).toBe(false);
      f.type('Typed');
      expect(f.field().value).toBe('Typed');
      await f.connected({ value: '' });
      expect(f.field().value).toBe('Typed');
      expect(f.field().getAttribute('data-connected')).toBe('true');
      expect(await f.messages()).toEqual([{ type: 'value', value: 'Typed', restored: false }]);
      expect(f.drafts.kept()).toEqual({ base: '', value: 'Typed' });
      f.type(' on');
      expect((await f.messages()).at(-1)).toEqual({ type: 'value', value: 'Typed on', restored: false });
    } finally {
      f.close();
    }
  });

  it('puts it after a stored note, never over it', async () => {
    const f = frame({ multiline: true });
    try {
      f.type('second thought');
      await f.connected({ value: 'First reading' });
      expect(f.field().value).toBe('First reading second thought');
      expect(await f.messages()).toEqual([{ type: 'value', value: 'First reading second thought', restored: false }]);
    } finally {
      f.close();
    }
  });

  it('puts it after a draft offered back, which is then no longer only restored', async () => {
    const f = frame({ drafts: memoryDrafts({ base: 'Stored', value: 'Stored, and unsaved' }) });
    try {
      f.type('more');
      await f.connected({ value: 'Stored' });
      expect(f.field().value).toBe('Stored, and unsaved more');
      expect(await f.messages()).toEqual([{ type: 'value', value: 'Stored, and unsaved more', restored: false }]);
    } finally {
      f.close();
    }
  });

  it('with nothing typed, starts from the stored value and sends nothing back', async () => {
    const f = frame();
    try {
      await f.connected({ value: 'Stored' });
      expect(f.field().value).toBe('Stored');
      expect(await f.messages()).toEqual([]);
      expect(f.drafts.kept()).toBeNull();
    } finally {
      f.close();
    }
  });

  it('waits for an open composition to end before starting', async () => {
    const f = frame();
    try {
      act(() => {
        f.field().dispatchEvent(new Event('compositionstart', { bubbles: true }));
      });
      f.type('か');
      await f.connected({ value: 'Stored' });
      // Setting the value now would cancel the composition: the field is left alone until it ends.
      expect(f.field().value).toBe('か');
      expect(f.field().getAttribute('data-connected')).toBe('false');
      await act(async () => {
        f.field().dispatchEvent(new Event('compositionend', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 10));
      });
      expect(f.field().value).toBe('Stored か');
      expect(await f.messages()).toEqual([{ type: 'value', value: 'Stored か', restored: false }]);
    } finally {
      f.close();
    }
  });
});

describe('startingValue', () => {
  it('offers a draft typed over the stored value back, and only over that value', () => {
    expect(startingValue('a', { base: 'a', value: 'ab' }, '')).toEqual({ value: 'ab', offer: true, restored: true });
    expect(startingValue('changed', { base: 'a', value: 'ab' }, '')).toEqual({ value: 'changed', offer: false, restored: false });
  });

  it('adds a space between the start and what was typed only where neither has one', () => {
    expect(startingValue('note ', null, 'more').value).toBe('note more');
    expect(startingValue('note', null, '\nmore').value).toBe('note\nmore');
    expect(startingValue('note', null, 'more').value).toBe('note more');
    expect(startingValue('', null, 'more').value).toBe('more');
  });
});
