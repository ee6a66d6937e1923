import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../extension/ui/format-date.ts';

describe('formatIsoDate: one format, the locale’s', () => {
  it('writes a day, a month or a year as precise as the ISO date is', () => {
    expect(formatIsoDate('2009-12-01', 'en-GB')).toBe('1 Dec 2009');
    expect(formatIsoDate('2009-12-01', 'en-US')).toBe('Dec 1, 2009');
    expect(formatIsoDate('2010-09', 'en-GB')).toBe('Sept 2010');
    expect(formatIsoDate('2011', 'en-GB')).toBe('2011');
  });

  it('keeps the calendar day whatever the time zone (a date, not an instant)', () => {
    expect(formatIsoDate('2009-12-31T23:30:00-05:00', 'en-GB')).toBe('31 Dec 2009');
    expect(formatIsoDate('2008-01-01', 'de-DE')).toBe('1. Jan. 2008');
  });

  it('gives back what it cannot read as a date', () => {
    expect(formatIsoDate('yesterday')).toBe('yesterday');
    expect(formatIsoDate('2009-02-30', 'en-GB')).toBe('2009-02-30');
  });
});
