// The extraction script the popup injects into a tab when the reader clicks
// "Add this page to my corpus" (activeTab + scripting): built beside the
// content script, never declared as a content script, never web-accessible.
export const EXTRACT_SCRIPT = 'content/extract-article.js';

/** The global the injected script defines in the extension's isolated world of that tab. */
export const EXTRACT_FUNCTION = 'sourcelightExtractPage';
