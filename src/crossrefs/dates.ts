// Date expressions in news copy, resolved against the article's publication
// date: "on Friday", "Friday's meeting", "on Nov. 29", "in June 2008",
// "December 4", "last year". Wire datelines often carry no year, so a day or
// month without a year takes the year that puts it nearest the publication
// date; a weekday takes the one before the publication date (or the one after,
// when the words around it look ahead: "ahead of", "will", "next"...).

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** ISO 8601 at the mention's precision: `2009-12-04`, `2008-06`, `2008`. */
  date: string;
  precision: DatePrecision;
  how: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_ALT = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';

const PATTERNS: { re: RegExp; kind: string }[] = [
  { kind: 'month-day-year', re: new RegExp(`\\b(${MONTH_ALT})\\s+${DAY},?\\s+${YEAR}\\b`, 'gi') },
  { kind: 'day-month-year', re: new RegExp(`\\b${DAY}\\s+(${MONTH_ALT})\\s*,?\\s+${YEAR}\\b`, 'gi') },
  { kind: 'month-year', re: new RegExp(`\\b(${MONTH_ALT})\\s+(?:of\\s+)?${YEAR}\\b`, 'gi') },
  { kind: 'month-day', re: new RegExp(`\\b(${MONTH_ALT})\\s+${DAY}\\b(?!\\s*(?:,\\s*)?\\d)`, 'gi') },
  { kind: 'day-month', re: new RegExp(`\\b${DAY}\\s+(${MONTH_ALT})\\b`, 'gi') },
  // A month on its own only after a preposition or as a possessive ("November's summit").
  { kind: 'month', re: new RegExp(`(?<=\\b(?:in|since|until|by|from|early|late|mid|last|next|this|during)[\\s-]+)(${MONTH_ALT})\\b(?!\\s+(?:of\\s+)?\\d)|\\b(${MONTH_ALT})(?=['\u2019]s\\b)`, 'g') },
  { kind: 'relative-year', re: /\b(last|this|next)\s+year\b/gi },
  { kind: 'relative-day', re: /\b(yesterday|today|tomorrow)\b/gi },
  { kind: 'weekday', re: /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['\u2019]s)?\b/g },
  { kind: 'year', re: /(?<![$\d.,-])\b((?:19|20)\d\d)\b(?![%\d]|\s*(?:per ?cent|percent))/g },
];

// Russian: "4 декабря 2009 года", "4 дек.", "в пятницу", "вчера". Months are in the genitive after a day.
const RU_MONTHS = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const RU_MONTH_ALT = '(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|янв|фев|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\\.?';
const RU_WEEKDAYS: Record<string, string> = {
  понедельник: 'monday', вторник: 'tuesday', среду: 'wednesday', среда: 'wednesday', четверг: 'thursday', пятницу: 'friday',
  пятница: 'friday', субботу: 'saturday', суббота: 'saturday', воскресенье: 'sunday',
};
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\d])';
const RU_PATTERNS: { re: RegExp; kind: string }[] = [
  { kind: 'day-month-year', re: new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})\\s+${RU_MONTH_ALT}\\s+((?:19|20)\\d\\d)(?:\\s*(?:года|г\\.))?`, 'giu') },
  { kind: 'day-month', re: new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})\\s+${RU_MONTH_ALT}(?!\\s*\\d)`, 'giu') },
  { kind: 'relative-day', re: new RegExp(`${NOT_LETTER_BEFORE}(вчера|сегодня|завтра)${NOT_LETTER_AFTER}`, 'giu') },
  // "в пятницу", "во вторник", "в минувшую пятницу"; "пятничн..." ("пятничной встречи": Friday's meeting).
  { kind: 'weekday', re: new RegExp(`${NOT_LETTER_BEFORE}(?:во?\\s+(?:\\p{L}+\\s+)?)(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)${NOT_LETTER_AFTER}`, 'giu') },
];

const LOOKING_AHEAD = /\b(ahead of|forthcoming|upcoming|next|will|would|due|scheduled|planned|to be held|is to|are to|set to)\b|(?<![\p{L}])(накануне|перед|в преддверии|предстоящ\p{L}*|будет|будут|состоится|состоятся|пройд[её]т|намечен\p{L}*|запланирован\p{L}*|следующ\p{L}*|ближайш\p{L}*)(?![\p{L}])/iu;

function monthIndex(token: string): number {
  const lower = token.toLowerCase().replace(/\./g, '');
  if (/[\u0400-\u04FF]/.test(lower)) {
    // Longest Russian stem first: "мар" must not take "мая".
    if (lower.startsWith('мая') || lower === 'май') return 4;
    return RU_MONTHS.findIndex((m, i) => i !== 4 && lower.startsWith(m));
  }
  const key = lower.slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad(m + 1)}-${pad(d)}`;
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m && t.getUTCDate() === d;
}

/** A publication anchor: year always, month and day when known. */
interface Anchor {
  y: number;
  m?: number;
  d?: number;
  iso: string;
}

function parseAnchor(published: string | undefined): Anchor | undefined {
  const m = published?.match(/^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/);
  if (!m || !published) return undefined;
  return {
    y: Number(m[1]),
    m: m[2] ? Number(m[2]) - 1 : undefined,
    d: m[3] ? Number(m[3]) : undefined,
    iso: published,
  };
}

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m, d) / 86_400_000;
}

/** The year (anchor year ±1) that puts a month/day nearest the anchor. */
function nearestYear(anchor: Anchor, month: number, day: number): number {
  const am = anchor.m ?? 6;
  const ad = anchor.d ?? 15;
  const ref = dayNumber(anchor.y, am, ad);
  let best = anchor.y;
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    if (Math.abs(dayNumber(y, month, day) - ref) < Math.abs(dayNumber(best, month, day) - ref)) best = y;
  }
  return best;
}

function shiftDays(anchor: Anchor, delta: number): string {
  const t = new Date(Date.UTC(anchor.y, anchor.m!, anchor.d! + delta));
  return isoDay(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
}

function resolve(kind: string, m: RegExpExecArray, text: string, anchor: Anchor | undefined): Omit<DateMention, 'text' | 'start' | 'end'> | undefined {
  const from = anchor ? ` the publication date ${anchor.iso}` : '';
  switch (kind) {
    case 'month-day-year':
    case 'day-month-year': {
      const [mt, dt] = kind === 'month-day-year' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      const month = monthIndex(mt);
      const y = Number(m[3]);
      if (month < 0 || !validDay(y, month, Number(dt))) return undefined;
      return { date: isoDay(y, month, Number(dt)), precision: 'day', how: 'A full date in the text.' };
    }
    case 'month-year': {
      const month = monthIndex(m[1]!);
      if (month < 0) return undefined;
      return { date: `${m[2]}-${pad(month + 1)}`, precision: 'month', how: 'A month and year in the text.' };
    }
    case 'month-day':
    case 'day-month': {
      if (!anchor) return undefined;
      const [mt, dt] = kind === 'month-day' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      const month = monthIndex(mt);
      const d = Number(dt);
      if (month < 0 || d < 1 || d > 31) return undefined;
      const y = nearestYear(anchor, month, d);
      if (!validDay(y, month, d)) return undefined;
      return { date: isoDay(y, month, d), precision: 'day', how: `No year in the text: ${y} puts it nearest${from}.` };
    }
    case 'month': {
      if (!anchor) return undefined;
      const month = monthIndex(m[1] ?? m[2]!);
      if (month < 0) return undefined;
      const y = nearestYear(anchor, month, 15);
      return { date: `${y}-${pad(month + 1)}`, precision: 'month', how: `A month without a year: ${y} puts it nearest${from}.` };
    }
    case 'relative-year': {
      if (!anchor) return undefined;
      const delta = { last: -1, this: 0, next: 1 }[m[1]!.toLowerCase() as 'last' | 'this' | 'next'];
      return { date: String(anchor.y + delta), precision: 'year', how: `"${m[0]}" counted from${from}.` };
    }
    case 'relative-day': {
      if (anchor?.d === undefined) return undefined;
      const word = m[1]!.toLowerCase();
      const delta = ({ yesterday: -1, today: 0, tomorrow: 1, вчера: -1, сегодня: 0, завтра: 1 } as Record<string, number>)[word]!;
      return { date: shiftDays(anchor, delta), precision: 'day', how: `"${m[0]}" counted from${from}.` };
    }
    case 'weekday': {
      if (anchor?.d === undefined) return undefined;
      const target = WEEKDAYS.indexOf(RU_WEEKDAYS[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase());
      const today = new Date(Date.UTC(anchor.y, anchor.m!, anchor.d)).getUTCDay();
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const ahead = LOOKING_AHEAD.test(before);
      const delta = ahead ? (target - today + 7) % 7 : -((today - target + 7) % 7);
      const which = ahead ? 'the next' : 'the last';
      return {
        date: shiftDays(anchor, delta),
        precision: 'day',
        how: `"${m[1]}" taken as ${which} ${m[1]} on or ${ahead ? 'after' : 'before'}${from}${ahead ? ' (the words before it look ahead)' : ''}.`,
      };
    }
    case 'year':
      return { date: m[1]!, precision: 'year', how: 'A year in the text.' };
    default:
      return undefined;
  }
}

/**
 * Finds date expressions in `text` and resolves them against `published`
 * (ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`). Expressions that need a more
 * precise anchor than given (a weekday with a month-only publication date)
 * are left out. Ordered by position; overlapping matches keep the longest.
 */
export function resolveDateExpressions(text: string, published?: string): DateMention[] {
  const anchor = parseAnchor(published);
  const found: DateMention[] = [];
  for (const { kind, re } of [...PATTERNS, ...RU_PATTERNS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "may" is a verb far more often than a month: only a capitalised May counts.
      if (/\bmay\b/i.test(m[0]) && !/\bMay\b|\bMAY\b/.test(m[0])) continue;
      const r = resolve(kind, m, text, anchor);
      if (!r) continue;
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length, ...r });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: DateMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/** Parses one full date ("20th December 2009 12:00", "April 16, 2022") to ISO; undefined when it has none. */
export function parseFullDate(text: string): string | undefined {
  const day = resolveDateExpressions(text).find((m) => m.precision === 'day');
  return day?.date;
}

/** Whether two ISO dates of any precision can name the same day (one contains the other). */
export function datesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Days between two day-precise ISO dates; undefined when either is less precise. */
export function daysBetween(a: string, b: string): number | undefined {
  const pa = a.match(/^(\d{4})-(\d\d)-(\d\d)$/);
  const pb = b.match(/^(\d{4})-(\d\d)-(\d\d)$/);
  if (!pa || !pb) return undefined;
  return Math.abs(dayNumber(+pa[1]!, +pa[2]! - 1, +pa[3]!) - dayNumber(+pb[1]!, +pb[2]! - 1, +pb[3]!));
}
