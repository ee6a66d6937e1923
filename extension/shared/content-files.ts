// Where the build puts the two parts of the content script in the package.
export const GATE_SCRIPT = 'content/gate.js';
/** A classic script the worker injects (scripting.executeScript) into pages the gate finds article-like. */
export const OVERLAY_SCRIPT = 'content/overlay.js';
