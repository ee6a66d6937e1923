// ISO dates as precise as known ("2009-12-01", "2010-09", "2011") in the one
// date format every surface uses: Intl.DateTimeFormat with the browser's
// locale, day, short month and year ("Dec 1, 2009" in en-US, "1 Dec 2009" in
// en-GB), or month and year, or the year alone. Read as UTC: a date is a
// calendar day, not an instant, so no time zone may move it.
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric', timeZone: 'UTC' };

export function formatIsoDate(iso: string, locale?: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const monthIndex = month ? Number(month) - 1 : -1;
  if (monthIndex < 0 || monthIndex > 11) return year!;
  const date = new Date(Date.UTC(Number(year), monthIndex, day ? Number(day) : 1));
  if (day && date.getUTCMonth() !== monthIndex) return iso;
  return new Intl.DateTimeFormat(locale, day ? DAY : MONTH).format(date);
}
