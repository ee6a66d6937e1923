// Which outlet an article is from: the three outlets by their hosts (whatever
// name the page gives), others by the site name the source gives, else by host.
import { outletForHost } from '../outlet-hosts.ts';
import { OUTLET_NAMES } from '../outlet-names.ts';

export interface OutletIdentity {
  id: string;
  name: string;
}

/** A lower-case slug: letters (any script) and digits, runs of anything else as one hyphen. */
export function outletSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function outletIdentity(url: string, siteName?: string): OutletIdentity {
  const host = hostOf(url);
  const known = host ? outletForHost(host) : null;
  if (known) return { id: known, name: OUTLET_NAMES[known] };
  const name = siteName?.replace(/\s+/g, ' ').trim();
  if (name && outletSlug(name) !== '') return { id: outletSlug(name), name };
  if (host) return { id: outletSlug(host), name: host };
  return { id: 'unknown', name: 'Unknown outlet' };
}
