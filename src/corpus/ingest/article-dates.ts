// The dates an added article carries, each with how it was worked out: the
// publication and modification dates its source gives, the dateline at the
// head of its text (a year-less one resolved against the publication date or
// the address), and a date its address holds. English and Russian datelines.
import type { ArticleDates, DateClaim } from '../types.ts';
import { IngestError } from './extracted-article.ts';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
  января: 1, янв: 1, февраля: 2, фев: 2, марта: 3, мар: 3, апреля: 4, апр: 4, мая: 5, июня: 6, июн: 6,
  июля: 7, июл: 7, августа: 8, авг: 8, сентября: 9, сен: 9, сент: 9, октября: 10, окт: 10,
  ноября: 11, ноя: 11, нояб: 11, декабря: 12, дек: 12,
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const PLACE = "([A-ZА-ЯЁ][\\p{L}.'’ -]{1,40}?)";
const AGENCY = '(?:\\s*(?:\\(([^()]{1,40})\\)|/([^/]{1,40})/))?';
const YEAR = '(?:,?\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?';
/** "MOSCOW, December 4 (Interfax) -", "MOSCOW. Dec 4 (Interfax) -", "UNITED NATIONS, September 27, 2008 (RIA Novosti)". */
const MONTH_DAY = new RegExp(`^${PLACE}[,.]\\s*${MONTH}\\s+(\\d{1,2})${YEAR}${AGENCY}(?=\\s*[-–—.:,]|\\s*$)`, 'iu');
/** "Brussels, 4 December 2009 –", "МОСКВА. 4 декабря. ИНТЕРФАКС -", "МОСКВА, 4 дек - РИА Новости." */
const DAY_MONTH = new RegExp(`^${PLACE}[,.]\\s*(\\d{1,2})\\s+${MONTH}${YEAR}${AGENCY}(?=\\s*[-–—.:,]|\\s*$)`, 'iu');
/** "BRUSSELS (Reuters) -": a place in capitals and an agency, no date. */
const PLACE_AGENCY = /^([A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{1,40}?)\s*\(([^()]{1,40})\)(?=\s*[-–—])/u;

export interface Dateline {
  place: string;
  text: string;
  month?: number;
  day?: number;
  year?: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The dateline opening an article's first paragraph, or null. */
export function findDateline(firstParagraph: string): Dateline | null {
  const head = firstParagraph.slice(0, 160);
  const md = MONTH_DAY.exec(head);
  const dm = md ? null : DAY_MONTH.exec(head);
  const m = md ?? dm;
  if (m) {
    const place = m[1]!.trim();
    // A place is one to four words, not a sentence that happens to hold a comma ("On Friday, December 4, …"):
    // in capitals, or closed by an agency or a dash.
    const closed = m[5] !== undefined || m[6] !== undefined || /^\s*[-–—]/.test(head.slice(m[0].length));
    if (place.split(/\s+/).length <= 4 && (place === place.toUpperCase() || closed)) {
      const month = MONTHS[(md ? m[2] : m[3])!.toLowerCase()]!;
      const day = Number(md ? m[3] : m[2]);
      const year = m[4] ? Number(m[4]) : undefined;
      if (day >= 1 && day <= 31) return { place, text: m[0].trim(), month, day, year };
    }
  }
  const pa = PLACE_AGENCY.exec(head);
  if (pa && pa[1]!.trim().split(/\s+/).length <= 4) return { place: pa[1]!.trim(), text: pa[0].trim() };
  return null;
}

/** A date the address holds: /2009/12/04/, /2009/dec/04/, /2009-12-04, or an 8-digit id starting with the date (/20091204…). */
export function addressDate(url: string): { date: string; text: string } | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const named = /\/((?:19|20)\d\d)\/([a-z]{3})\/(\d\d)(?=[/-]|\.|$)/i.exec(path);
  const parts = /\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?=[/-]|\.|$)/.exec(path) ?? /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=\d*[/._-]|\d*$)/.exec(path) ?? named;
  if (!parts) return null;
  const month = parts === named ? MONTHS[parts[2]!.toLowerCase()] : Number(parts[2]);
  if (month === undefined) return null;
  const [y, m, d] = [Number(parts[1]), month, Number(parts[3])];
  if (!validDay(y, m, d)) return null;
  return { date: `${y}-${pad(m)}-${pad(d)}`, text: parts[0] };
}

/**
 * An ISO 8601 date or date-time as the date it names (`2009-12-04T23:10:00-05:00` → `2009-12-04`: the
 * publisher's own calendar day). Undefined for an empty value; IngestError when it is not ISO 8601.
 */
export function isoDate(value: string | undefined, field: string): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)?)?$/.exec(v);
  if (!m) throw new IngestError(`"${field}" must be an ISO 8601 date or date-time, got "${v}"`);
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (mo !== undefined && (mo < 1 || mo > 12)) throw new IngestError(`"${field}" has no month ${mo}: "${v}"`);
  if (d !== undefined && !validDay(y, mo!, d)) throw new IngestError(`"${field}" names no such day: "${v}"`);
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/** The year that puts month/day closest to `anchor` (a day-precise ISO date). */
function nearestYear(month: number, day: number, anchor: string): number {
  const a = Date.parse(`${anchor.slice(0, 10)}T00:00:00Z`);
  const year = Number(anchor.slice(0, 4));
  let best = year;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const y of [year - 1, year, year + 1]) {
    if (!validDay(y, month, day)) continue;
    const gap = Math.abs(Date.UTC(y, month - 1, day) - a);
    if (gap < bestGap) {
      bestGap = gap;
      best = y;
    }
  }
  return best;
}

export interface DateInputs {
  url: string;
  published?: string;
  modified?: string;
  dateline: Dateline | null;
}

/** The dates of an article with how each was found; published falls back to the dateline, then the address. */
export function articleDates(input: DateInputs): ArticleDates {
  const dates: ArticleDates = {};
  const published = isoDate(input.published, 'published');
  const modified = isoDate(input.modified, 'modified');
  const fromAddress = addressDate(input.url);
  if (published) dates.published = { date: published, how: `The source gives the publication date ${input.published!.trim()}.` };
  if (modified) dates.updated = { date: modified, how: `The source gives the modification date ${input.modified!.trim()}.` };
  if (fromAddress) dates.address = { date: fromAddress.date, how: `The address holds the date "${fromAddress.text}".` };

  const dl = input.dateline;
  if (dl?.month !== undefined && dl.day !== undefined) {
    const read = `The dateline reads "${dl.text}"`;
    let claim: DateClaim | undefined;
    if (dl.year !== undefined) {
      if (validDay(dl.year, dl.month, dl.day)) claim = { date: `${dl.year}-${pad(dl.month)}-${pad(dl.day)}`, how: `${read}.` };
    } else {
      const anchor = published && published.length === 10 ? { date: published, what: 'publication date' } : fromAddress ? { date: fromAddress.date, what: 'date in the address' } : null;
      if (anchor) {
        const y = nearestYear(dl.month, dl.day, anchor.date);
        claim = { date: `${y}-${pad(dl.month)}-${pad(dl.day)}`, how: `${read}, with no year; the year ${y} comes from the ${anchor.what} ${anchor.date}.` };
      } else {
        claim = undefined;
      }
    }
    if (claim) dates.dateline = claim;
  }

  if (!dates.published) {
    if (dates.dateline) dates.published = { date: dates.dateline.date, how: `The source gives no publication date. ${dates.dateline.how}` };
    else if (dates.address) dates.published = { date: dates.address.date, how: `The source gives no publication date. ${dates.address.how}` };
  }
  return dates;
}
