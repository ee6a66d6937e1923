// The overlay part of the content script, as the worker injects it (a classic
// script run once in the gate's world, see content-script-plugin.ts): it
// starts at once. The gate asks for it only once per page.
import { start } from './recognize-and-mount.ts';

void start();
