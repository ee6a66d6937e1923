// A short message with an optional action (Undo), announced to screen readers.
export interface ToastMessage {
  text: string;
  action?: { label: string; run: () => void };
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
                message.action?.run();
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
