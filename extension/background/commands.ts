// The manifest's keyboard commands and the tab message each one sends to the
// active tab's content script (the same path the popup's "open" takes).
import type { TabMessage } from '../shared/messages.ts';

export const COMMAND_MESSAGES: Readonly<Record<string, TabMessage>> = {
  'highlight-selection': { type: 'selection/highlight' },
  'open-panel': { type: 'overlay/open' },
};

export function tabMessageForCommand(command: string): TabMessage | null {
  return Object.hasOwn(COMMAND_MESSAGES, command) ? COMMAND_MESSAGES[command]! : null;
}
