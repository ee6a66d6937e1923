// The article card: where an article's words came from (wire or source), its
// dates side by side with how each was worked out, page metadata that is easy
// to misread, anonymous sourcing, and the checked care points. Sourced facts
// come from article-notes.json; everything else is read off the page and
// marked so. An article with no notes (added later) still gets the page part.
import { resolveDateExpressions } from '../crossrefs/dates.ts';
import type { CompiledArticle } from '../corpus/types.ts';
import { anonymousSourceMentions } from './anonymous-sourcing.ts';
import { detectPageSignals } from './page-signals.ts';
import type { ArticleCard, CardDate, CardFact, DateRole, PageFact, ProvenanceData, Source } from './types.ts';

/** "CITY, Month D (Agency) - …": the agency a dateline credits, with offsets into `text`. */
const DATELINE_CREDIT = /^[A-Z][A-Z .,'-]*?,\s+[^()\n]{0,40}?\(([A-Z][\w .&-]{1,40})\)\s*[-–—]/;

function datelineCredit(text: string): PageFact | undefined {
  const m = DATELINE_CREDIT.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(`(${m[1]})`) + 1;
  return { text: `The dateline credits ${m[1]}.`, source: 'this page', start, end: start + m[1]!.length };
}

function uniqueSources(lists: Source[][]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of lists.flat()) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()];
}

function cardDate(role: DateRole, date: string, how: string, sources: Source[]): CardDate {
  return sources.length > 0 ? { role, date, how, sources } : { role, date, how, sources, source: 'this page' };
}

/**
 * Builds the article card. `rawText` is the scraped page with its chrome (for
 * metadata such as embargo and copyright lines); without it the body is used.
 */
export function articleCard(article: CompiledArticle, data: ProvenanceData, rawText?: string): ArticleCard {
  const note = data.notes.get(article.id);
  const credit = datelineCredit(article.text);
  const origin: CardFact[] = [];
  if (credit) origin.push(credit);
  origin.push(...(note?.origin ?? []));
  if (origin.length === 0) {
    origin.push({ text: 'The page names no wire, agency or source for its text.', source: 'this page' });
  }

  const dates: CardDate[] = [];
  const published = article.dates.published?.date;
  if (article.dateline) {
    const resolved = resolveDateExpressions(article.dateline.text, published).find((m) => m.precision === 'day');
    if (resolved) {
      dates.push(cardDate('dateline', resolved.date, `The dateline reads "${article.dateline.text}". ${resolved.how}`, []));
    }
  }
  const eventSources = uniqueSources((note?.event ?? []).map((f) => f.sources));
  const originSources = uniqueSources((note?.origin ?? []).map((f) => f.sources));
  for (const role of ['event', 'published', 'updated', 'archived'] as const) {
    const claim = article.dates[role];
    if (!claim) continue;
    // Without a dateline the publication date rests on the origin evidence.
    const sources = role === 'event' ? eventSources : role === 'published' && !article.dateline ? originSources : [];
    dates.push(cardDate(role, claim.date, claim.how, sources));
  }

  return {
    id: article.id,
    outlet: article.outlet,
    headline: article.headline,
    origin,
    dates,
    event: note?.event ?? [],
    metadata: detectPageSignals(rawText ?? article.text),
    anonymousSourcing: anonymousSourceMentions(article.text),
    carePoints: note?.carePoints ?? [],
  };
}
