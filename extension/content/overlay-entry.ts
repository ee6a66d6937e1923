// The overlay part of the content script, as the worker injects it (a classic
// script run in the gate's world, see content-script-plugin.ts): it starts at
// once. The gate may ask for it twice (its request is sent again when the
// worker restarted mid-request, worker-retry.ts, and the first copy may have
// arrived): a second copy finds the mark the first left on this world's global
// object and does nothing. The page's own scripts run in another world and
// cannot see or set the mark.
import { start } from './recognize-and-mount.ts';

const STARTED = Symbol.for('sourcelight.overlay-started');
const world = globalThis as { [STARTED]?: true };

if (!world[STARTED]) {
  world[STARTED] = true;
  void start();
}
