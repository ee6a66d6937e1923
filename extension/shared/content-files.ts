// Where the build puts the two parts of the content script in the package.
export const GATE_SCRIPT = 'content/gate.js';
export const OVERLAY_MODULE = 'content/overlay.js';
