// The hosts Sourcelight runs on, bare and with subdomains, and the outlet each
// belongs to. The manifest's host permissions must list exactly these (a unit
// test checks it). A host tells which outlet's site a page is on; which corpus
// article the page carries is decided by its content alone.
import type { OutletId } from './types.ts';

export const OUTLET_HOSTS: Readonly<Record<string, OutletId>> = {
  'sputniknews.com': 'sputnik',
  'sputnikglobe.com': 'sputnik',
  'en.rian.ru': 'sputnik',
  'reuters.com': 'reuters',
  'reuters.screenocean.com': 'reuters',
  'oyetimes.com': 'oyetimes',
};

/** The outlet whose site serves `hostname` (itself or a subdomain), or null. */
export function outletForHost(hostname: string): OutletId | null {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  for (;;) {
    const outlet = OUTLET_HOSTS[host];
    if (outlet) return outlet;
    const dot = host.indexOf('.');
    if (dot < 0) return null;
    host = host.slice(dot + 1);
  }
}

/** Manifest match patterns for the hosts above. */
export function outletMatchPatterns(): string[] {
  return Object.keys(OUTLET_HOSTS).flatMap((host) => [`*://${host}/*`, `*://*.${host}/*`]);
}
