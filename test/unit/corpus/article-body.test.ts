import { describe, expect, it } from 'vitest';
import { extractArticleBody, isChromeLine } from '../../../src/corpus/article-body.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

const corpus = loadCompiledCorpus();

describe('compiled corpus bodies', () => {
  it('keeps page chrome, archive fields and headlines out of every body', () => {
    for (const a of corpus.articles) {
      expect(a.text).toBe(a.paragraphs.join('\n\n'));
      expect(a.paragraphs.length).toBeGreaterThan(5);
      for (const p of a.paragraphs) {
        expect(p).not.toMatch(/^(Subscribe|Newsfeed|Chats|loader|Share with friends|Leave a Reply)$/);
        expect(p).not.toMatch(/\p{Script=Cyrillic}/u);
        expect(p).not.toMatch(/Copyright|Embargoed|Reuters ID|last updated on|Free \$30|link back to this page/);
        expect(p).not.toBe(a.headline);
      }
    }
  });

  it('starts web-page bodies at the dateline lead, dropping the repeated standfirst', () => {
    const sputnik = corpus.articles.filter((a) => a.outlet === 'sputnik');
    for (const a of sputnik) expect(a.paragraphs[0]!.startsWith(a.dateline!.text)).toBe(true);
  });

  it('takes an archive record body from its story field, cutting a field glued to its last line', () => {
    const reuters = corpus.articles.find((a) => a.outlet === 'reuters')!;
    expect(reuters.paragraphs[0]).toMatch(/^NATO and Russia sign agreement that will strengthen/);
    expect(reuters.paragraphs.at(-1)).toMatch(/security concerns," said Lavrov$/);
  });
});

describe('extractArticleBody on made-up pages', () => {
  it('applies the general rules to a page it has never seen', () => {
    const page = [
      'Menu', 'Politics', 'Ministers agree on budget timetable', 'Subscribe',
      'The finance ministers agreed a timetable for next year\'s budget talks on Monday.',
      'OSLO, March 3 (Agency) - The finance ministers agreed a timetable for next year\'s budget talks on Monday.',
      'The talks will open in May and close before the summer recess, officials said.',
      'Новости дня',
      'We use cookies to improve your experience on this site and show you relevant ads.',
      'Comments', 'This line comes after the end of the article and must not be taken as body text.',
    ].join('\n');
    expect(extractArticleBody(page, 'Ministers agree on budget timetable')).toEqual([
      'OSLO, March 3 (Agency) - The finance ministers agreed a timetable for next year\'s budget talks on Monday.',
      'The talks will open in May and close before the summer recess, officials said.',
    ]);
  });

  it('falls back to the generic rules when a field record has no story field', () => {
    const record = '- Title: Something\n- Date: 1 May 2001\n- Location: Nowhere\nA paragraph that is plainly a sentence of the story itself.';
    expect(extractArticleBody(record, 'Something')).toEqual(['A paragraph that is plainly a sentence of the story itself.']);
  });

  it('classifies short UI lines and other scripts as chrome, and sentences as text', () => {
    expect(isChromeLine('log in or register')).toBe(true);
    expect(isChromeLine('Заголовок открывается в новом окне')).toBe(true);
    expect(isChromeLine('"We value it," said Lavrov.')).toBe(false);
  });
});
