// How the overlay talks to its text fields. Every place where the reader types
// on an outlet page is an extension page (pages/text-field/) in an iframe
// inside the closed shadow root: key, input, composition and clipboard events
// in a cross-origin frame never reach the page. The overlay hands the frame a
// private MessagePort (frame-connection.ts); the page cannot reach that port,
// and cannot pose as the overlay because the first message must carry a secret
// that only the frame's address (in the closed shadow root) holds.

export const TEXT_FIELD_PAGE = 'extension/pages/text-field/index.html';

/** Query parameters of the frame's address (the secret is its fragment). */
export interface TextFieldOptions {
  label: string;
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
  /** Keeps what is typed as a draft under this key (extension-origin storage) until the overlay clears it. */
  draftKey?: string;
}

/** What the overlay hands the frame on connecting (see frame-connection.ts). */
export interface TextFieldInit {
  /** The stored value the field starts from (a draft edited from this same value is offered back instead). */
  value: string;
}

export function isTextFieldInit(init: unknown): init is TextFieldInit {
  return typeof (init as Partial<TextFieldInit> | null)?.value === 'string';
}

export type ToFrame =
  | { type: 'focus' }
  /** The value is stored now: a draft equal to it is dropped, a newer one is kept against it. */
  | { type: 'saved'; value: string }
  /** The draft was used (a new highlight saved with it): forget it. */
  | { type: 'clear-draft' }
  /** Answer with the value as it is now (after every input already sent: the port keeps order). */
  | { type: 'read' };

export type FromFrame =
  /** The field's value: on every input, and after connecting when a draft is offered back. */
  | { type: 'value'; value: string; restored: boolean }
  /** The answer to `read`. */
  | { type: 'current'; value: string }
  /** Enter in a one-line field, Ctrl/Cmd+Enter in a multi-line one. */
  | { type: 'submit' }
  | { type: 'escape' };

export function textFieldQuery(options: TextFieldOptions): string {
  const params = new URLSearchParams({ label: options.label });
  if (options.placeholder) params.set('placeholder', options.placeholder);
  if (options.multiline) params.set('multiline', '1');
  if (options.rows) params.set('rows', String(options.rows));
  if (options.draftKey) params.set('draft', options.draftKey);
  return params.toString();
}

export function readTextFieldQuery(search: string): TextFieldOptions {
  const params = new URLSearchParams(search);
  const rows = Number(params.get('rows'));
  return {
    label: params.get('label') ?? 'Text',
    ...(params.get('placeholder') ? { placeholder: params.get('placeholder')! } : {}),
    multiline: params.get('multiline') === '1',
    ...(Number.isInteger(rows) && rows > 0 ? { rows } : {}),
    ...(params.get('draft') ? { draftKey: params.get('draft')! } : {}),
  };
}

/** A short stable key (FNV-1a) for a draft, so no passage text goes into the frame's address. */
export function draftKeyOf(...parts: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
