import { describe, expect, it } from 'vitest';
import type { EngineArticle } from '../../../src/crossrefs/engine-article.ts';
import { dateFromAddress, eventDateOf } from '../../../src/crossrefs/event-date.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

function article(paragraphs: string[], extra: Partial<EngineArticle> = {}): EngineArticle {
  return { id: 'a', outlet: 'x', headline: 'h', dates: {}, dateline: null, addresses: [], paragraphs, text: paragraphs.join('\n\n'), ...extra };
}

describe('eventDateOf', () => {
  it('finds the catalog event date of the four day-dated corpus articles from their texts', () => {
    for (const a of loadCompiledCorpus().articles) {
      if (!/^\d{4}-\d\d-\d\d$/.test(a.dates.published?.date ?? '')) continue;
      expect(eventDateOf({ ...a, dates: { published: a.dates.published } })?.date, a.id).toBe(a.dates.event?.date);
    }
  });

  it('takes a weekday that looks ahead as the next event, not this one', () => {
    const d = eventDateOf(article(['BRUSSELS, December 1 (Wire) - The envoy met the secretary general ahead of Friday\'s meeting of ministers, a source said.'], { dates: { published: { date: '2009-12-01', how: 't' } } }));
    expect(d?.date).toBe('2009-12-01');
  });

  it('uses the date in the address, then the dateline, when there is no publication date', () => {
    expect(dateFromAddress('https://sputniknews.com/russia/2007062667821938/')).toBe('2007-06-26');
    expect(dateFromAddress('https://example.org/2009/12/04/story')).toBe('2009-12-04');
    expect(dateFromAddress('https://example.org/story-20091332')).toBeUndefined();
    const fromAddress = eventDateOf(article(['The minister said on Tuesday that the talks had gone well and would continue in spring.'], { addresses: ['https://sputnikglobe.com/20091203/157061783.html'] }));
    expect(fromAddress).toMatchObject({ date: '2009-12-01' });
    expect(fromAddress!.how).toMatch(/address/);
    const fromDateline = eventDateOf(article(['BRUSSELS, BELGIUM (DECEMBER 4, 2009) - Ministers met and agreed to review threats together, officials said.']));
    expect(fromDateline?.date).toBe('2009-12-04');
  });

  it('skips headlines and metadata lines when reading the lead', () => {
    const d = eventDateOf(
      article(
        [
          'Headline of the story',
          'Published: 27 September, 2010',
          'Whether Russia attends the summit could depend on the attitude the alliance displays, the minister has said.',
          'The invitation came as ties between the two sides have been warming over the past year and more.',
          'He was speaking in an interview with a weekly news show on Saturday, and did not seem in a hurry.',
        ],
        { dates: { published: { date: '2010-09-27', how: 't' } } },
      ),
    );
    expect(d?.date).toBe('2010-09-25');
  });

  it('gives the month or year when that is all that is known, and nothing when no date is known', () => {
    expect(eventDateOf(article(['Text.'], { dates: { published: { date: '2010-09', how: 't' } } }))?.date).toBe('2010-09');
    expect(eventDateOf(article(['Text without any date at all in it.']))).toBeUndefined();
  });
});
