// Keys that identify an article address across the forms readers meet:
// host renames (sputniknews.com → sputnikglobe.com), legacy section prefixes,
// AMP and print variants, query strings and fragments. A matching key is only
// ever a hint for recognition; content decides.

const VARIANT_SEGMENTS = new Set(['amp', 'print', 'mobile', 'm']);
const ARTICLE_ID = /\d{6,}/g;

/** Keys for an address: its cleaned path, and its longest numeric article id if it has one. [] when not a URL. */
export function addressKeys(address: string): string[] {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return [];
  }
  const segments = url.pathname
    .toLowerCase()
    .split('/')
    .filter((s) => s.length > 0 && !VARIANT_SEGMENTS.has(s))
    .map((s) => s.replace(/\.(amp|print)(?=\.html?$)|\.html?$/, ''));
  const keys: string[] = [];
  if (segments.length > 0) keys.push(`path:${segments.join('/')}`);
  const ids = url.pathname.match(ARTICLE_ID);
  if (ids) keys.push(`id:${ids.reduce((a, b) => (b.length >= a.length ? b : a))}`);
  return keys;
}
