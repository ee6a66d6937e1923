// The ingest pipeline: one ExtractedArticle in, one CorpusArticle out, for the
// five built-in articles (unchanged by it) and for added ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { extractArticleBody } from '../../../src/corpus/article-body.ts';
import { parseCatalog } from '../../../src/corpus/catalog.ts';
import { buildCorpusPackage } from '../../../src/corpus/corpus-package.ts';
import { addedArticleId } from '../../../src/corpus/ingest/article-id.ts';
import { addressDate, findDateline } from '../../../src/corpus/ingest/article-dates.ts';
import { IngestError } from '../../../src/corpus/ingest/extracted-article.ts';
import { ingestArticle } from '../../../src/corpus/ingest/ingest-article.ts';
import { MAX_ARTICLE_BYTES, utf8Length } from '../../../src/corpus/ingest/text-size.ts';
import { detectLanguage } from '../../../src/corpus/ingest/language.ts';
import { outletIdentity } from '../../../src/corpus/ingest/outlet-identity.ts';
import { extractStatements } from '../../../src/statements/extract.ts';
import { buildPersonDirectory } from '../../../src/statements/people.ts';
import { CORPUS_DIR, loadCompiledCorpus } from '../helpers/corpus.ts';

const catalog = parseCatalog(JSON.parse(readFileSync(`${CORPUS_DIR}catalog.json`, 'utf8')));
const readText = (file: string) => readFileSync(`${CORPUS_DIR}${file}`, 'utf8');

const LEAD =
  'MOSCOW, December 4 (Interfax) - Russian Foreign Minister Sergei Lavrov said on Friday that the NATO-Russia Council had turned a page after a year of silence.';
const BODY = `${LEAD}\n\nHe told reporters in Brussels that the ministers had agreed on a joint review of common security challenges.\n\n"We want dialogue in any weather," he said.`;

describe('the five built-in articles through the pipeline', () => {
  vi.setConfig({ testTimeout: 60_000 });
  const bundle = loadCompiledCorpus();

  it('keeps the catalog ids, metadata and the compiled paragraphs exactly', () => {
    expect(bundle.articles.map((a) => a.id)).toEqual(catalog.articles.map((e) => e.id));
    for (const [i, entry] of catalog.articles.entries()) {
      const article = bundle.articles[i]!;
      const paragraphs = extractArticleBody(readText(entry.file), entry.headline);
      expect(article.paragraphs).toEqual(paragraphs);
      expect(article.text).toBe(paragraphs.join('\n\n'));
      expect(article).toMatchObject({ ...entry, source: 'builtin', language: 'en' });
      expect(article.outletName).toMatch(/^(Sputnik|Reuters|Oye! Times)$/);
    }
  });

  it('ships the same statements as extraction with the corpus-wide people directory', () => {
    const pkg = buildCorpusPackage({
      catalogJson: JSON.parse(readText('catalog.json')),
      outletsJson: JSON.parse(readText('outlets.json')),
      articleNotesJson: JSON.parse(readText('article-notes.json')),
      readText,
    });
    const people = buildPersonDirectory(catalog.articles.map((e) => readText(e.file)));
    for (const a of pkg.articles) {
      const shipped = pkg.extras[a.id]!.statements.map(({ selectors: _s, echoes: _e, ...s }) => s);
      expect(shipped).toEqual(extractStatements(a.text, { people }));
      expect(shipped.length).toBeGreaterThan(0);
    }
  });
});

describe('an added article', () => {
  it('gets an id from its text alone: typography, spacing and address do not change it', () => {
    const a = ingestArticle({ url: 'https://interfax.com/newsroom/1', text: BODY });
    const b = ingestArticle({
      url: 'https://mirror.example/copy',
      text: `  ${BODY.replace(/"/g, '\u201C').replace(/ - /g, ' \u2014 ').replace(/\n\n/g, '\n   \n')}\u200B `,
      title: 'Another title',
    });
    expect(a.id).toMatch(/^added-[0-9a-f]{16}$/);
    expect(b.id).toBe(a.id);
    expect(ingestArticle({ url: 'https://interfax.com/newsroom/1', text: `${BODY} More.` }).id).not.toBe(a.id);
    expect(addedArticleId('ab c')).not.toBe(addedArticleId('a bc'));
  });

  it('splits paragraphs on blank lines, collapses whitespace and keeps typography', () => {
    const a = ingestArticle({ url: 'https://x.example/a', text: '  First\u00A0line\nwrapped.  \r\n\r\n\u201CSecond,\u201D he said.\n\n\n' });
    expect(a.paragraphs).toEqual(['First line wrapped.', '\u201CSecond,\u201D he said.']);
    expect(a.text).toBe('First line wrapped.\n\n\u201CSecond,\u201D he said.');
  });

  it('takes the outlet from the three outlets\' hosts, else the site name, else the host', () => {
    expect(outletIdentity('https://www.reuters.com/article/x', 'Reuters.com')).toEqual({ id: 'reuters', name: 'Reuters' });
    expect(outletIdentity('https://sputnikglobe.com/1', 'SputnikNews')).toEqual({ id: 'sputnik', name: 'Sputnik' });
    expect(outletIdentity('https://interfax.com/n/1', 'Interfax')).toEqual({ id: 'interfax', name: 'Interfax' });
    expect(outletIdentity('https://www.nato.int/cps/en/x.htm', 'NATO')).toEqual({ id: 'nato', name: 'NATO' });
    expect(outletIdentity('https://www.northern-courier.example/w', 'The Northern Courier').id).toBe('the-northern-courier');
    expect(outletIdentity('https://www.interfax.ru/world/1', 'Интерфакс').id).toBe('интерфакс');
    expect(outletIdentity('https://news.example.org/a')).toEqual({ id: 'news-example-org', name: 'news.example.org' });
  });

  it('takes the language from the input, else from the script', () => {
    expect(ingestArticle({ url: 'https://x.example/a', text: BODY, language: 'en-GB' }).language).toBe('en');
    expect(ingestArticle({ url: 'https://x.example/a', text: BODY }).language).toBe('en');
    expect(detectLanguage('Министр иностранных дел России Сергей Лавров заявил, что NATO…')).toBe('ru');
    expect(detectLanguage('国際 ニュース')).toBe('und');
    expect(detectLanguage('1234 5678')).toBe('und');
  });

  it('dates: published and modified from the input, the dateline resolved against them, the address date', () => {
    const a = ingestArticle({
      url: 'https://interfax.com/2009/12/05/lavrov',
      text: BODY,
      title: 'Lavrov: a page turned',
      outlet: 'Interfax',
      published: '2009-12-05T01:10:00+03:00',
      modified: '2009-12-05T09:00:00Z',
      author: '  Staff   writer ',
    });
    expect(a.dates.published).toMatchObject({ date: '2009-12-05' });
    expect(a.dates.updated).toMatchObject({ date: '2009-12-05' });
    expect(a.dates.dateline).toMatchObject({ date: '2009-12-04' });
    expect(a.dates.dateline!.how).toMatch(/no year; the year 2009 comes from the publication date 2009-12-05/);
    expect(a.dates.address).toMatchObject({ date: '2009-12-05' });
    expect(a.dateline).toEqual({ place: 'MOSCOW', text: 'MOSCOW, December 4 (Interfax)' });
    expect(a).toMatchObject({ source: 'added', outlet: 'interfax', outletName: 'Interfax', headline: 'Lavrov: a page turned', author: 'Staff writer' });
  });

  it('resolves a year-less dateline across New Year and falls back to the dateline or the address for publication', () => {
    const newYear = ingestArticle({ url: 'https://x.example/a', text: 'MOSCOW, December 31 (Interfax) - The talks ended late on the last day of the year, officials said.', published: '2010-01-01' });
    expect(newYear.dates.dateline?.date).toBe('2009-12-31');
    const fromAddress = ingestArticle({ url: 'https://ria.example/politics/20091204/197654321.html', text: 'БРЮССЕЛЬ, 4 дек - РИА Новости. Совет Россия-НАТО провел заседание.' });
    expect(fromAddress.dates.address?.date).toBe('2009-12-04');
    expect(fromAddress.dates.dateline?.date).toBe('2009-12-04');
    expect(fromAddress.dates.published?.how).toMatch(/no publication date/);
    expect(fromAddress.language).toBe('ru');
    const none = ingestArticle({ url: 'https://x.example/a', text: 'On Friday, December 4, ministers met in Brussels and agreed on a review.' });
    expect(none.dateline).toBeNull();
    expect(none.dates).toEqual({});
  });

  it('finds English and Russian datelines and address dates, and not sentences that look like them', () => {
    expect(findDateline('BRUSSELS. Dec 4 (Interfax) - Lavrov said')).toMatchObject({ place: 'BRUSSELS', month: 12, day: 4 });
    expect(findDateline('Brussels, 4 December 2009 \u2013 NATO ministers')).toMatchObject({ place: 'Brussels', year: 2009 });
    expect(findDateline('БРЮССЕЛЬ. 4 декабря. ИНТЕРФАКС - Министр')).toMatchObject({ place: 'БРЮССЕЛЬ', month: 12, day: 4 });
    expect(findDateline('МОСКВА, 16 дек - РИА Новости. Генсек')).toMatchObject({ place: 'МОСКВА', day: 16 });
    expect(findDateline('BRUSSELS (Reuters) - NATO and Russia')).toEqual({ place: 'BRUSSELS', text: 'BRUSSELS (Reuters)' });
    expect(findDateline('On Friday, December 4, the ministers met.')).toBeNull();
    expect(findDateline('He said, May 5 was the day.')).toBeNull();
    expect(addressDate('https://www.nato.int/cps/en/natolive/news_59970.htm')).toBeNull();
    expect(addressDate('https://www.example.com/world/2009/12/04/story')).toEqual({ date: '2009-12-04', text: '/2009/12/04' });
    expect(addressDate('https://sputnikglobe.com/20091201/157061783.html')?.date).toBe('2009-12-01');
    expect(addressDate('https://www.northern-courier.example/world/2009/dec/05/nato-russia')).toEqual({ date: '2009-12-05', text: '/2009/dec/05' });
    expect(addressDate('https://x.example/2009/abc/05/story')).toBeNull();
    expect(addressDate('https://x.example/2009/13/45/story')).toBeNull();
  });

  it('refuses what is not an article with a clear IngestError', () => {
    const bad = (input: Parameters<typeof ingestArticle>[0], message: RegExp) => {
      expect(() => ingestArticle(input)).toThrow(IngestError);
      expect(() => ingestArticle(input)).toThrow(message);
    };
    bad({ url: 'https://x.example/a', text: '  \n\n ' }, /no text/);
    bad({ url: '', text: BODY }, /no address/);
    bad({ url: 'not a url', text: BODY }, /absolute address/);
    bad({ url: 'ftp://x.example/a', text: BODY }, /http\(s\)/);
    bad({ url: 'https://x.example/a', text: BODY, published: 'yesterday' }, /"published" must be an ISO 8601/);
    bad({ url: 'https://x.example/a', text: BODY, published: '2009-02-30' }, /no such day/);
    bad({ url: 'https://x.example/a', text: 'a'.repeat(MAX_ARTICLE_BYTES + 1) }, /too long \(at least 2,000,001 bytes; at most 2,000,000\)/);
    // Cyrillic letters are two bytes each: 1.2 million of them are 2.4 MB.
    bad({ url: 'https://x.example/a', text: 'я'.repeat(1_200_000) }, /too long \(2,400,000 bytes/);
  });

  it('accepts a text of exactly 2 MB, measured in UTF-8 bytes', () => {
    expect(utf8Length('aя€😀')).toBe(1 + 2 + 3 + 4);
    const text = `Lead. ${'я'.repeat((MAX_ARTICLE_BYTES - 6) / 2)}`;
    expect(utf8Length(text)).toBe(MAX_ARTICLE_BYTES);
    expect(ingestArticle({ url: 'https://x.example/a', text }).paragraphs).toHaveLength(1);
  });
});
