// Reads and checks outlets.json and article-notes.json. A provenance note
// without a source is an opinion, so a fact without a usable source URL is an
// error, as is an unknown marked "not established" in words but not in status
// (or the other way round): the card must never turn an unknown into a claim.
import type { ArticleNote, Fact, OutletRecord, ProvenanceData, ProvenanceEntityKind, Source } from './types.ts';

const KINDS: readonly ProvenanceEntityKind[] = ['outlet', 'wire', 'source'];
const NOT_ESTABLISHED = /\bnot established\b/i;

type Json = Record<string, unknown>;

function fail(where: string, what: string): never {
  throw new Error(`provenance data: ${where}: ${what}`);
}

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'expected an object');
  return value as Json;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(where, 'expected a non-empty string');
  return value;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'expected an array');
  return value;
}

function source(value: unknown, where: string): Source {
  const o = object(value, where);
  const url = text(o.url, `${where}.url`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail(`${where}.url`, `"${url}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail(`${where}.url`, `"${url}" is not a web address`);
  return { title: text(o.title, `${where}.title`), url };
}

function fact(value: unknown, where: string): Fact {
  const o = object(value, where);
  const body = text(o.text, `${where}.text`);
  const sources = list(o.sources, `${where}.sources`).map((s, i) => source(s, `${where}.sources[${i}]`));
  if (sources.length === 0) fail(`${where}.sources`, 'a fact needs at least one source');
  const out: Fact = { text: body, sources };
  if (o.caveat !== undefined) out.caveat = text(o.caveat, `${where}.caveat`);
  if (o.status !== undefined) {
    if (o.status !== 'not-established') fail(`${where}.status`, `unknown status ${JSON.stringify(o.status)}`);
    out.status = 'not-established';
  }
  const saysUnknown = NOT_ESTABLISHED.test(body);
  if (saysUnknown && out.status !== 'not-established') fail(where, 'says "not established" but is not marked status "not-established"');
  if (!saysUnknown && out.status === 'not-established') fail(where, 'is marked "not-established" but its text does not say so');
  return out;
}

function facts(value: unknown, where: string): Fact[] {
  return list(value, where).map((f, i) => fact(f, `${where}[${i}]`));
}

function outlet(value: unknown, where: string): OutletRecord {
  const o = object(value, where);
  const kind = o.kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind as ProvenanceEntityKind)) {
    fail(`${where}.kind`, `expected one of ${KINDS.join(', ')}`);
  }
  return {
    id: text(o.id, `${where}.id`),
    kind: kind as ProvenanceEntityKind,
    name: text(o.name, `${where}.name`),
    domains: list(o.domains, `${where}.domains`).map((d, i) => text(d, `${where}.domains[${i}]`)),
    related: list(o.related ?? [], `${where}.related`).map((d, i) => text(d, `${where}.related[${i}]`)),
    operator: fact(o.operator, `${where}.operator`),
    funding: fact(o.funding, `${where}.funding`),
    history: facts(o.history, `${where}.history`),
    sanctions: facts(o.sanctions, `${where}.sanctions`),
    notes: facts(o.notes, `${where}.notes`),
  };
}

function note(value: unknown, where: string): ArticleNote {
  const o = object(value, where);
  return {
    id: text(o.id, `${where}.id`),
    file: text(o.file, `${where}.file`),
    origin: facts(o.origin, `${where}.origin`),
    event: facts(o.event ?? [], `${where}.event`),
    carePoints: facts(o.carePoints, `${where}.carePoints`),
  };
}

/** Validates the parsed JSON of outlets.json and article-notes.json; throws a readable Error on bad input. */
export function loadProvenanceData(outletsJson: unknown, notesJson: unknown): ProvenanceData {
  const outlets = new Map<string, OutletRecord>();
  list(object(outletsJson, 'outlets.json').outlets, 'outlets.json.outlets').forEach((value, i) => {
    const record = outlet(value, `outlets.json.outlets[${i}]`);
    if (outlets.has(record.id)) fail(`outlets.json.outlets[${i}].id`, `duplicate id "${record.id}"`);
    outlets.set(record.id, record);
  });
  for (const record of outlets.values()) {
    for (const id of record.related) {
      if (!outlets.has(id)) fail(`outlets.json "${record.id}".related`, `unknown id "${id}"`);
    }
  }
  const notes = new Map<string, ArticleNote>();
  list(object(notesJson, 'article-notes.json').articles, 'article-notes.json.articles').forEach((value, i) => {
    const n = note(value, `article-notes.json.articles[${i}]`);
    if (notes.has(n.id)) fail(`article-notes.json.articles[${i}].id`, `duplicate id "${n.id}"`);
    notes.set(n.id, n);
  });
  return { outlets, notes };
}
