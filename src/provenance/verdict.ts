// The verdict line: the few facts a careful reader must not miss, ranked by a
// fixed order of fact kinds and read off the provenance cards and engines'
// output (never written per article). Each clause names where its sourced
// detail is, so the overlay can take the reader there in one click.
import type { CopyRef } from '../crossrefs/cross-reference-index.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import type { ArticleCard, CardFact, MetadataSignal, OutletCard } from './types.ts';

/** Fact kinds, most important first: the verdict lists clauses in this order. */
export const VERDICT_KINDS = [
  'ownership',
  'republication',
  'wire',
  'anonymous-source',
  'disputed-claim',
  'date',
  'archive-metadata',
  'known-error',
] as const;

export type VerdictKind = (typeof VERDICT_KINDS)[number];

/** Where a clause's sourced detail is shown (a section of the Provenance tab, or the copies under Cross-references). */
export type VerdictDetail = 'outlet' | 'origin' | 'dates' | 'metadata' | 'anonymous' | 'care' | 'copies';

export interface VerdictClause {
  kind: VerdictKind;
  /** The clause as the verdict line shows it. */
  text: string;
  /** A word or two for a badge. */
  marker: string;
  detail: VerdictDetail;
}

export interface Verdict {
  clauses: VerdictClause[];
  /** A word or two for the in-page badge (the top clause's gist); empty when there is no clause. */
  marker: string;
  /** At most four characters for the browser's toolbar badge; empty when there is no clause. */
  badgeText: string;
}

export interface VerdictInput {
  articleCard: ArticleCard;
  /** The article's outlet card first, then the wire and source records it points at. */
  outletCards: readonly OutletCard[];
  crossReferences?: { copies: readonly CopyRef[] };
}

export interface VerdictOptions {
  /** Writes an ISO date for a reader; ISO as is by default. */
  formatDate?: (iso: string) => string;
  /** The most clauses listed (default 4). */
  max?: number;
}

/** Toolbar badge text per kind (the toolbar badge has room for about four characters). */
const BADGES: Record<VerdictKind, string> = {
  ownership: 'OWN',
  republication: 'COPY',
  wire: 'WIRE',
  'anonymous-source': 'ANON',
  'disputed-claim': 'DISP',
  date: 'DATE',
  'archive-metadata': 'ARCH',
  'known-error': 'ERR',
};

/** Share of an article's distinctive text found in an earlier one from which it counts as copied. */
const COPY_SHARE = 0.5;
/** Days between event and publication beyond which the gap is worth a clause. */
const DATE_GAP_DAYS = 3;

const STATE_MEDIA = /^state media\b|\bstate-owned\b|\bowned by the [\w ]*\b(?:state|government)\b/i;
const REPUBLISHED = /\brepublicat|\brepublish|\bcopied from\b/i;
const RECYCLED = /\brecycled\b|\breused\b/i;
const DISPUTED = /\b(?:denied|disputed|contested|refuted|rejected)\b/i;
const KNOWN_ERROR = /\b(?:wrong|inaccurate|incorrect|mistaken|erroneous)\b/i;
const DATELINE_CREDIT = /^The dateline credits (.+)\.$/;

function isPageFact(f: CardFact): boolean {
  return 'source' in f && f.source === 'this page';
}

/** "RT (Russia Today)" → "RT": the name as prose uses it. */
function shortName(name: string): string {
  return name.replace(/\s*\([^)]*\)$/, '');
}

function mentions(text: string, name: string): boolean {
  const escaped = escapeRegExp(shortName(name));
  return new RegExp(`(?:^|\\W)${escaped}(?:\\W|$)`).test(text);
}

function ownership(own: OutletCard | undefined): VerdictClause | undefined {
  if (!own) return undefined;
  if (own.operator.status === 'not-established') {
    return { kind: 'ownership', text: 'Who runs it is not established', marker: 'Operator unknown', detail: 'outlet' };
  }
  if (STATE_MEDIA.test(own.funding.text) || STATE_MEDIA.test(own.operator.text)) {
    return { kind: 'ownership', text: 'State media', marker: 'State media', detail: 'outlet' };
  }
  return undefined;
}

function republication(input: VerdictInput, related: readonly OutletCard[], title: (id: string) => string): VerdictClause | undefined {
  const { articleCard: card } = input;
  for (const fact of card.origin) {
    if (isPageFact(fact) || !REPUBLISHED.test(fact.text)) continue;
    const from = related.find((r) => mentions(fact.text, r.name));
    const how = [/\b(?:most likely|probably)\b/i.test(fact.text) && 'most likely', /\bunattributed\b/i.test(fact.text) && 'unattributed']
      .filter(Boolean)
      .join(' ');
    const text = `Republished${how ? `, ${how},` : ''}${from ? ` from ${shortName(from.name)}` : ''}`.replace(/,$/, '');
    return { kind: 'republication', text, marker: 'Republished', detail: 'origin' };
  }
  // The copy engine: most of this text found in an article that came first.
  const copied = (input.crossReferences?.copies ?? [])
    .filter((c) => c.original === c.id && c.original !== card.id && c.share >= COPY_SHARE)
    .sort((a, b) => b.share - a.share)[0];
  if (copied) {
    return { kind: 'republication', text: `${Math.round(copied.share * 100)}% copied from ${title(copied.id)}`, marker: 'Copied text', detail: 'copies' };
  }
  return undefined;
}

function wire(card: ArticleCard, own: OutletCard | undefined, related: readonly OutletCard[]): VerdictClause | undefined {
  const sourced = card.origin.filter((f) => !isPageFact(f));
  const wireCard = related.find((r) => r.kind === 'wire' && card.origin.some((f) => mentions(f.text, r.name)));
  if (wireCard) return { kind: 'wire', text: `${shortName(wireCard.name)} wire copy`, marker: 'Wire copy', detail: 'origin' };
  const credit = card.origin.map((f) => DATELINE_CREDIT.exec(f.text)?.[1]).find((name) => name !== undefined);
  if (credit && credit !== own?.name) return { kind: 'wire', text: `${credit} copy (the dateline credits it)`, marker: 'Wire copy', detail: 'origin' };
  const recycled = sourced.find((f) => RECYCLED.test(f.text));
  if (recycled) return { kind: 'wire', text: `Recycles earlier ${own && mentions(recycled.text, own.name) ? `${shortName(own.name)} ` : ''}copy`, marker: 'Recycled copy', detail: 'origin' };
  return undefined;
}

function dayNumber(iso: string | undefined): number | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined;
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;
}

function dateClause(card: ArticleCard, format: (iso: string) => string): VerdictClause | undefined {
  const stamp = card.metadata.find((m) => m.kind === 'site-update-stamp');
  if (stamp) {
    const year = stamp.date?.slice(0, 4) ?? '';
    return { kind: 'date', text: `“Last updated${year ? ` ${year}` : ''}” is a site stamp`, marker: 'Check the dates', detail: 'metadata' };
  }
  const event = card.dates.find((d) => d.role === 'event')?.date;
  const published = card.dates.find((d) => d.role === 'published')?.date;
  const e = dayNumber(event);
  const p = dayNumber(published);
  if (e !== undefined && p !== undefined && Math.abs(p - e) > DATE_GAP_DAYS) {
    return { kind: 'date', text: `Event ${format(event!)}, published ${format(published!)}`, marker: 'Check the dates', detail: 'dates' };
  }
  return undefined;
}

function archiveClause(metadata: readonly MetadataSignal[]): VerdictClause | undefined {
  const kinds = new Set(metadata.map((m) => m.kind));
  const parts: string[] = [];
  if (kinds.has('pool-footage')) parts.push('pool footage');
  const stamps = [kinds.has('embargo') && 'embargo', kinds.has('copyright') && 'copyright'].filter(Boolean);
  if (stamps.length > 0) parts.push(`${stamps.join(' and ')} dates are the archive's`);
  if (parts.length === 0) return undefined;
  const text = parts.join('; ');
  return { kind: 'archive-metadata', text: text[0]!.toUpperCase() + text.slice(1), marker: 'Archive copy', detail: 'metadata' };
}

/** The verdict for an article from its cards and cross-references. */
export function deriveVerdict(input: VerdictInput, options: VerdictOptions = {}): Verdict {
  const format = options.formatDate ?? ((iso: string) => iso);
  const card = input.articleCard;
  const own = input.outletCards.find((c) => c.id === card.outlet) ?? input.outletCards.find((c) => c.kind === 'outlet');
  const related = input.outletCards.filter((c) => c !== own);
  const title = (id: string) => {
    const ref = input.crossReferences?.copies.find((c) => c.id === id);
    return ref ? `“${ref.headline}”` : 'another article';
  };
  const care = card.carePoints.map((f) => f.text);

  const found: (VerdictClause | undefined)[] = [
    ownership(own),
    republication(input, related, title),
    wire(card, own, related),
    card.anonymousSourcing.length > 0 ? { kind: 'anonymous-source', text: 'Anonymous source', marker: 'Anonymous source', detail: 'anonymous' } : undefined,
    care.some((t) => DISPUTED.test(t)) ? { kind: 'disputed-claim', text: 'A claim in it is disputed', marker: 'Disputed claim', detail: 'care' } : undefined,
    dateClause(card, format),
    archiveClause(card.metadata),
    care.some((t) => KNOWN_ERROR.test(t)) ? { kind: 'known-error', text: 'A known error', marker: 'Known error', detail: 'care' } : undefined,
  ];
  const clauses = found
    .filter((c): c is VerdictClause => c !== undefined)
    .sort((a, b) => VERDICT_KINDS.indexOf(a.kind) - VERDICT_KINDS.indexOf(b.kind))
    .slice(0, options.max ?? 4);
  const top = clauses[0];
  return top ? { clauses, marker: top.marker, badgeText: BADGES[top.kind] } : { clauses, marker: '', badgeText: '' };
}

/** The verdict as one line of text (the toolbar button's title); `extra` clauses go last. */
export function verdictSentence(verdict: Verdict, extra: readonly string[] = []): string {
  return [...verdict.clauses.map((c) => c.text), ...extra].join(' · ');
}
