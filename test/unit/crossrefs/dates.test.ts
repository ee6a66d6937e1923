import { describe, expect, it } from 'vitest';
import { resolveDateExpressions } from '../../../src/crossrefs/index.ts';

const resolved = (text: string, published?: string) => resolveDateExpressions(text, published).map((m) => [m.text, m.date]);

describe('resolveDateExpressions', () => {
  it('takes a past-tense weekday as the last one on or before publication', () => {
    // 27 Sep 2008 was a Saturday.
    expect(resolved('Lavrov told reporters in New York late Friday.', '2008-09-27')).toEqual([['Friday', '2008-09-26']]);
    // Same day counts: 26 Jun 2007 was a Tuesday.
    expect(resolved("Russia's foreign minister said Tuesday", '2007-06-26')).toEqual([['Tuesday', '2007-06-26']]);
    expect(resolved('Russia published a draft on Sunday.', '2009-12-01')).toEqual([['Sunday', '2009-11-29']]);
  });

  it('takes a weekday after looking-ahead words as the next one', () => {
    expect(resolved("He met Rasmussen ahead of Friday's meeting.", '2009-12-01')).toEqual([["Friday's", '2009-12-04']]);
    expect(resolved('Ministers will meet on Thursday.', '2009-12-01')).toEqual([['Thursday', '2009-12-03']]);
  });

  it('gives a day or month without a year the year nearest publication', () => {
    expect(resolved('published on Nov. 29, would restrict', '2009-12-05')).toEqual([['Nov. 29', '2009-11-29']]);
    expect(resolved('UNITED NATIONS, September 27 (RIA Novosti)', '2008-09-27')).toEqual([['September 27', '2008-09-27']]);
    // Early January copy about late December belongs to the year before.
    expect(resolved('The talks of December 30 failed.', '2010-01-02')).toEqual([['December 30', '2009-12-30']]);
    expect(resolved('proposed by Medvedev in June.', '2008-09-27')).toEqual([['June', '2008-06']]);
    expect(resolved("NATO's November's summit", '2010-09')).toEqual([['November', '2010-11']]);
  });

  it('reads full dates, months with years, years and relative years', () => {
    expect(resolved('BRUSSELS, BELGIUM (DECEMBER 4, 2009) (NATO POOL)')).toEqual([['DECEMBER 4, 2009', '2009-12-04']]);
    expect(resolved('Embargoed: 20th December 2009 12:00')).toEqual([['20th December 2009', '2009-12-20']]);
    expect(resolved('proposed a pact in June 2008, and', '2009-12-01')).toEqual([['June 2008', '2008-06']]);
    expect(resolved('troops into Georgia last year.', '2009-12-05')).toEqual([['last year', '2008']]);
    expect(resolved('The 1990 treaty was updated in 1999.')).toEqual([['1990', '1990'], ['1999', '1999']]);
  });

  it('leaves out what its anchor cannot resolve and the verb "may"', () => {
    expect(resolved('They met on Friday.', '2010-09')).toEqual([]);
    expect(resolved('They met on Friday.')).toEqual([]);
    expect(resolved('Russia may decide in may.', '2010-09-01')).toEqual([]);
    expect(resolved('signed on May 28, 2002')).toEqual([['May 28, 2002', '2002-05-28']]);
  });

  it('explains how each date was worked out', () => {
    const [m] = resolveDateExpressions('ahead of Friday\'s meeting', '2009-12-01');
    expect(m!.how).toMatch(/next Friday on or after the publication date 2009-12-01 \(the words before it look ahead\)/);
  });
});
