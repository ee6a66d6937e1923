// Validates fixtures/corpus/catalog.json (or any catalog given to the compiler)
// and says exactly which entry and field is wrong, so a bad edit fails the
// build with a message a person can act on.
import { type Catalog, type CatalogEntry, type DateClaim, OUTLETS, type OutletId, type OriginKind } from './types.ts';

const ORIGIN_KINDS: readonly OriginKind[] = ['wire', 'agency', 'republication'];
const DATE_KEYS = ['published', 'updated', 'event', 'archived'] as const;
const ISO_PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

class CatalogError extends Error {
  constructor(where: string, message: string) {
    super(`catalog: ${where}: ${message}`);
    this.name = 'CatalogError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(obj: Record<string, unknown>, key: string, where: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CatalogError(where, `"${key}" must be a non-empty string`);
  }
  return value;
}

function dateClaim(value: unknown, where: string): DateClaim {
  if (!isRecord(value)) throw new CatalogError(where, 'must be an object {date, how}');
  const date = text(value, 'date', where);
  if (!ISO_PARTIAL_DATE.test(date)) {
    throw new CatalogError(where, `"date" must be ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), got "${date}"`);
  }
  return { date, how: text(value, 'how', where) };
}

function address(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new CatalogError(where, 'must be a string');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CatalogError(where, `"${value}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CatalogError(where, `"${value}" must be an http(s) address`);
  }
  return value;
}

function entry(value: unknown, index: number): CatalogEntry {
  const where = `articles[${index}]`;
  if (!isRecord(value)) throw new CatalogError(where, 'must be an object');
  const id = text(value, 'id', where);
  const at = `${where} (${id})`;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    throw new CatalogError(at, '"id" must be lower-case letters, digits and hyphens');
  }
  const outlet = text(value, 'outlet', at);
  if (!(OUTLETS as readonly string[]).includes(outlet)) {
    throw new CatalogError(at, `"outlet" must be one of ${OUTLETS.join(', ')}, got "${outlet}"`);
  }

  let dateline: CatalogEntry['dateline'] = null;
  if (value.dateline !== null) {
    if (!isRecord(value.dateline)) throw new CatalogError(at, '"dateline" must be {place, text} or null');
    dateline = {
      place: text(value.dateline, 'place', `${at}.dateline`),
      text: text(value.dateline, 'text', `${at}.dateline`),
    };
  }

  if (!isRecord(value.dates)) throw new CatalogError(at, '"dates" must be an object');
  const dates: CatalogEntry['dates'] = {};
  for (const key of Object.keys(value.dates)) {
    if (!(DATE_KEYS as readonly string[]).includes(key)) {
      throw new CatalogError(`${at}.dates`, `unknown date "${key}" (expected ${DATE_KEYS.join(', ')})`);
    }
    dates[key as (typeof DATE_KEYS)[number]] = dateClaim(value.dates[key], `${at}.dates.${key}`);
  }

  if (!Array.isArray(value.addresses) || value.addresses.length === 0) {
    throw new CatalogError(at, '"addresses" must be a non-empty array of URLs');
  }
  const addresses = value.addresses.map((a, i) => address(a, `${at}.addresses[${i}]`));

  if (!isRecord(value.origin)) throw new CatalogError(at, '"origin" must be an object {kind, name, note}');
  const kind = text(value.origin, 'kind', `${at}.origin`);
  if (!(ORIGIN_KINDS as readonly string[]).includes(kind)) {
    throw new CatalogError(`${at}.origin`, `"kind" must be one of ${ORIGIN_KINDS.join(', ')}, got "${kind}"`);
  }

  return {
    id,
    file: text(value, 'file', at),
    outlet: outlet as OutletId,
    headline: text(value, 'headline', at),
    dateline,
    dates,
    addresses,
    origin: { kind: kind as OriginKind, name: text(value.origin, 'name', `${at}.origin`), note: text(value.origin, 'note', `${at}.origin`) },
  };
}

/** Checks a parsed catalog.json and returns it typed; throws an Error naming the bad entry and field. */
export function parseCatalog(json: unknown): Catalog {
  if (!isRecord(json)) throw new CatalogError('root', 'must be an object {version, articles}');
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) {
    throw new CatalogError('root', '"version" must be a positive integer');
  }
  if (!Array.isArray(json.articles)) throw new CatalogError('root', '"articles" must be an array');
  const articles = json.articles.map(entry);
  const seenIds = new Set<string>();
  const seenFiles = new Set<string>();
  for (const a of articles) {
    if (seenIds.has(a.id)) throw new CatalogError(`article ${a.id}`, 'duplicate id');
    if (seenFiles.has(a.file)) throw new CatalogError(`article ${a.id}`, `file "${a.file}" is used twice`);
    seenIds.add(a.id);
    seenFiles.add(a.file);
  }
  return { version: json.version, articles };
}
