// An article's event date, worked out from the article alone: the day it
// was filed (published date, else a date in its address, else its dateline),
// then the day its lead says the reported thing happened ("said Tuesday",
// "late Friday", "вчера", "в пятницу"), counted back from the filing day.
// A weekday that looks ahead ("ahead of Friday's meeting") is the next event,
// not this one; an article with no day-precise anchor gets the month or year
// it is known to.
import type { DateClaim } from '../corpus/types.ts';
import { type DateMention, daysBetween, resolveDateExpressions } from './dates.ts';
import type { EngineArticle } from './engine-article.ts';

/** How far into the text the lead runs for this purpose (prose paragraphs, characters). */
const LEAD_PARAGRAPHS = 4;
const LEAD_CHARS = 1200;
/** A reported event lies at most this many days before the filing day. */
const MAX_DAYS_BEFORE = 7;

interface Anchor {
  date: string;
  how: string;
}

const DAY = /^\d{4}-\d\d-\d\d$/;

/** A date written into an address: /2009/12/04/, /20091201/, or an id that starts with the date (2007062667821938). */
export function dateFromAddress(address: string): string | undefined {
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    path = address;
  }
  const slashed = path.match(/\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)(?:\/|$)/);
  const packed = path.match(/(?:^|[/_-])((?:19|20)\d\d)(\d\d)(\d\d)(?=\d*(?:[/._-]|$))/);
  const m = slashed ?? packed;
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

function filingDay(article: EngineArticle): Anchor | undefined {
  const published = article.dates.published?.date;
  if (published && DAY.test(published.slice(0, 10))) return { date: published.slice(0, 10), how: `published ${published.slice(0, 10)}` };
  for (const address of article.addresses) {
    const d = dateFromAddress(address);
    if (d && (!published || d.startsWith(published))) return { date: d, how: `the date in its address (${d})` };
  }
  // A dateline's own date: full, or day and month with the year from the publication date.
  const datelineText = article.dateline?.text ?? article.paragraphs[0]?.slice(0, 80) ?? '';
  const fromDateline = resolveDateExpressions(datelineText, published).find((m) => m.precision === 'day');
  if (fromDateline) return { date: fromDateline.date, how: `its dateline ("${fromDateline.text}")` };
  return undefined;
}

/** A paragraph of running text: a dozen words or more, ending like a sentence. */
function isProse(paragraph: string): boolean {
  return (paragraph.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 12 && /[.!?"'”»)…]$/u.test(paragraph.trim());
}

function isWhenWord(m: DateMention): boolean {
  return /day(?:['\u2019]s)?$|^(?:вчера|сегодня|завтра)$|^во?\s/iu.test(m.text);
}

/** The event date of an article, with how it was worked out; undefined when the article gives no date at all. */
export function eventDateOf(article: EngineArticle): DateClaim | undefined {
  const anchor = filingDay(article);
  if (!anchor) {
    const published = article.dates.published?.date;
    return published ? { date: published, how: `Only the publication date is known, to ${published.length === 4 ? 'the year' : 'the month'}.` } : undefined;
  }
  // Headlines and metadata lines ("Published: 27 September, 2010") are not the lead: count prose paragraphs only.
  const lead = article.paragraphs.filter(isProse).slice(0, LEAD_PARAGRAPHS).join('\n\n').slice(0, LEAD_CHARS);
  const mentions = resolveDateExpressions(lead, anchor.date).filter((m) => m.precision === 'day');
  const inWindow = (m: DateMention) => {
    const apart = daysBetween(m.date, anchor.date);
    return apart !== undefined && m.date <= anchor.date && apart <= MAX_DAYS_BEFORE;
  };
  // Weekday and relative-day words say when the reported thing happened; a written date (not the dateline's own) also does.
  const when = mentions.find((m) => isWhenWord(m) && inWindow(m)) ?? mentions.find((m) => !isWhenWord(m) && inWindow(m) && m.date !== anchor.date);
  if (when) return { date: when.date, how: `"${when.text}" in the lead, counted from ${anchor.how}.` };
  return { date: anchor.date, how: `The lead names no other day: the event is taken as the filing day, ${anchor.how}.` };
}
