// A short message with an optional action (Undo), announced to screen readers.
// A message with an action stays until the next message or until the reader
// closes it (the undo is there until the next action); one without an action
// goes after a few seconds.
import { useRef, useState } from 'preact/hooks';

export interface ToastMessage {
  text: string;
  action?: { label: string; run: () => void };
  /** Runs when the message goes without its action having run (closed, replaced): e.g. a delete becomes final. */
  onExpire?: () => void;
}

const PLAIN_MESSAGE_MS = 8_000;

/** The current message, a way to show one, and a way to close it. */
export function useToast(): { message: ToastMessage | null; toast: (m: ToastMessage) => void; close: () => void } {
  const [message, setMessage] = useState<ToastMessage | null>(null);
  const current = useRef<ToastMessage | null>(null);
  const leave = (next: ToastMessage | null) => {
    const gone = current.current;
    current.current = next;
    setMessage(next);
    gone?.onExpire?.();
  };
  const toast = (m: ToastMessage) => {
    leave(m);
    if (!m.action) setTimeout(() => current.current === m && leave(null), PLAIN_MESSAGE_MS);
  };
  const close = () => leave(null);
  return { message, toast, close };
}

export function Toast({ message, onClose }: { message: ToastMessage | null; onClose: () => void }) {
  return (
    <div role="status" aria-live="polite">
      {message && (
        <div class="sl-toast">
          <span>{message.text}</span>
          {message.action && (
            <button
              type="button"
              class="sl-button"
              onClick={() => {
                const { action } = message;
                // The action ran: the message goes without expiring (an undone delete is not wiped).
                message.onExpire = undefined;
                action?.run();
                onClose();
              }}
            >
              {message.action.label}
            </button>
          )}
          <button type="button" class="sl-button" aria-label="Close message" onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
