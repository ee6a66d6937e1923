// Hypothesis's JSON export format, both ways, so a class can move between
// Hypothesis and Sourcelight: { export_date, export_userid, client_version,
// annotations: [...] }, each annotation as Hypothesis's API gives it (uri, text,
// tags, target with TextPositionSelector and TextQuoteSelector, created,
// updated). Imports go through the W3C import's checks: a Hypothesis
// annotation is first turned into the W3C annotation it stands for. Replies
// and page notes have no passage to highlight: they are counted and named in
// the summary, never dropped silently.

import type { AnnotationRecord } from './annotation.ts';
import type { Json } from './import.ts';

/** The IRI of a Hypothesis annotation (where it lives on the Hypothesis service). */
const HYPOTHESIS_IRI = 'https://hypothes.is/a/';

export interface HypothesisExportOptions {
  /** Shown as the annotations' author (a layer's or student's name). */
  displayName: string;
  now: Date;
}

export function exportHypothesis(records: readonly AnnotationRecord[], options: HypothesisExportOptions): string {
  const annotations = records
    .filter((r) => r.deletedAt === undefined)
    .map((r) => {
      const { quote, position } = r.selectors;
      const quoteSelector: Record<string, string> = { type: 'TextQuoteSelector', exact: quote.exact };
      if (quote.prefix !== undefined) quoteSelector.prefix = quote.prefix;
      if (quote.suffix !== undefined) quoteSelector.suffix = quote.suffix;
      return {
        id: r.id,
        created: r.created,
        updated: r.modified,
        user: 'acct:sourcelight@localhost',
        user_info: { display_name: options.displayName },
        uri: r.pageUrl,
        text: r.note,
        tags: r.tags,
        group: '__world__',
        target: [{ source: r.pageUrl, selector: [{ type: 'TextPositionSelector', start: position.start, end: position.end }, quoteSelector] }],
        document: { title: [] },
      };
    });
  const doc = { export_date: options.now.toISOString(), export_userid: 'acct:sourcelight@localhost', client_version: 'sourcelight', annotations };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

type JsonObject = { [key: string]: Json };
const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a parsed file is a Hypothesis export (its own top-level keys). */
export function isHypothesisExport(doc: Json): doc is JsonObject & { annotations: Json[] } {
  return isObject(doc) && Array.isArray(doc.annotations) && typeof doc.export_date === 'string';
}

/** Whether an annotation is anchored to a passage (not a reply, not a page note). */
function onAPassage(a: JsonObject): boolean {
  if (Array.isArray(a.references) && a.references.length > 0) return false;
  const target = Array.isArray(a.target) ? a.target[0] : undefined;
  return isObject(target) && Array.isArray(target.selector) && target.selector.some((s) => isObject(s) && s.type === 'TextQuoteSelector');
}

/** The W3C annotations a Hypothesis export stands for, and how many replies and page notes it had. */
export function fromHypothesisExport(doc: { annotations: Json[] }): { items: Json[]; skipped: number } {
  const items: Json[] = [];
  let skipped = 0;
  for (const a of doc.annotations) {
    if (!isObject(a)) {
      items.push(a); // the W3C checks name what is wrong with it
      continue;
    }
    if (!onAPassage(a)) {
      skipped++;
      continue;
    }
    const target = (a.target as Json[])[0] as JsonObject;
    const body: Json[] = [];
    if (typeof a.text === 'string' && a.text) body.push({ type: 'TextualBody', value: a.text, format: 'text/plain', purpose: 'commenting' });
    for (const tag of Array.isArray(a.tags) ? a.tags : []) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
    const item: JsonObject = {
      type: 'Annotation',
      id: typeof a.id === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(a.id) ? `${HYPOTHESIS_IRI}${a.id}` : (a.id ?? null),
      body,
      target: { source: target.source ?? a.uri ?? null, selector: target.selector ?? null },
    };
    if (a.created !== undefined) item.created = a.created;
    if (a.updated !== undefined) item.modified = a.updated;
    items.push(item);
  }
  return { items, skipped };
}
