// Runs axe-core on Sourcelight's in-page panel. axe walks the page through
// `element.shadowRoot`, which is null for our closed root; in the content
// script's isolated world (and only there) the test gives the host a
// shadowRoot property pointing at the real root, so axe can reach the panel.
// Product code is untouched and the page's own world never sees the root.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { OverlayProbe } from './overlay-probe.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function axeOnOverlay(probe: OverlayProbe, selector: string): Promise<AxeViolation[]> {
  await probe.evaluateScript(axeSource);
  return probe.evaluate<AxeViolation[]>(`
    Object.defineProperty(host, 'shadowRoot', { configurable: true, get: () => root });
    const target = root.querySelector(${JSON.stringify(selector)});
    if (!target) throw new Error('nothing matches ${selector} in the overlay');
    const results = await axe.run(target, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));`);
}
