// The key a page's highlights are stored under: its address with the parts
// that do not change which document it is taken away — fragment, tracking
// parameters, "www.", a trailing slash, http vs https, AMP variants — so the
// same page reached by a shared link finds its highlights again.

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'spm', 'cmpid', 'ncid', 'at_medium', 'at_campaign',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_'];

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

// AMP copies of a page: "?amp", "?amp=1", "?outputType=amp", a leading or
// trailing "/amp" path segment, "page.amp.html".
function isAmpParam(name: string, value: string): boolean {
  const n = name.toLowerCase();
  return n === 'amp' || (n === 'outputtype' && value.toLowerCase() === 'amp');
}

function stripAmpPath(path: string): string {
  let p = path.replace(/\.amp(\.html?)$/i, '$1');
  const segments = p.split('/');
  // segments[0] is '' (path starts with '/'); keep at least one real segment.
  if (segments.length > 2 && segments[segments.length - 1]?.toLowerCase() === 'amp') segments.pop();
  else if (segments.length > 2 && segments[segments.length - 1] === '' && segments[segments.length - 2]?.toLowerCase() === 'amp') {
    segments.splice(segments.length - 2, 1);
  }
  if (segments.length > 2 && segments[1]?.toLowerCase() === 'amp') segments.splice(1, 1);
  p = segments.join('/');
  return p;
}

/**
 * Normalises a web page address for keying highlights.
 * Throws for text that is not an http(s) address.
 */
export function normalizePageUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new Error(`Not a web page address: ${JSON.stringify(address.slice(0, 200))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Sourcelight keeps highlights for web pages only (http or https), not ${url.protocol} addresses.`);
  }
  url.protocol = 'https:';
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  if (url.port === '80' || url.port === '443') url.port = '';

  const kept = [...url.searchParams].filter(([name, value]) => !isTrackingParam(name) && !isAmpParam(name, value));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();

  let path = stripAmpPath(url.pathname);
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  url.pathname = path;
  return url.toString();
}
