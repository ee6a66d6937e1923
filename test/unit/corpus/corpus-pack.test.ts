// Corpus packs: JSON Lines in, ExtractedArticles out, all-or-nothing per file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpusPack, writeCorpusPack } from '../../../src/corpus/ingest/corpus-pack.ts';
import { IngestError } from '../../../src/corpus/ingest/extracted-article.ts';
import { ingestArticle } from '../../../src/corpus/ingest/ingest-article.ts';

const dir = fileURLToPath(new URL('../../../fixtures/ingest/', import.meta.url));
const line = (o: Record<string, unknown>) => JSON.stringify(o);
const ok = (n: number) => line({ url: `https://x.example/${n}`, text: `Article number ${n} says something.\n\nA second paragraph of article ${n}.` });

function refused(text: string, message: RegExp): void {
  expect(() => readCorpusPack(text, 'pack.jsonl')).toThrow(IngestError);
  expect(() => readCorpusPack(text, 'pack.jsonl')).toThrow(message);
}

describe('readCorpusPack', () => {
  it('reads the test coverage pack (English and Russian) with its metadata', () => {
    const articles = readCorpusPack(readFileSync(`${dir}coverage-pack.jsonl`, 'utf8'), 'coverage-pack.jsonl');
    expect(articles).toHaveLength(3);
    expect(articles[0]).toMatchObject({ url: 'https://www.wirewatch.example/europe/2009-12-04/nato-russia-council-resumes', outlet: 'Wirewatch', published: '2009-12-04', language: 'en' });
    expect(articles.map((a) => ingestArticle(a).language)).toEqual(['en', 'ru', 'ru']);
  });

  it('needs only url and text; blank lines, CRLF and a BOM are fine', () => {
    const articles = readCorpusPack(`\uFEFF${ok(1)}\r\n\r\n${ok(2)}\r\n`, 'p.jsonl');
    expect(articles).toEqual([
      { url: 'https://x.example/1', text: 'Article number 1 says something.\n\nA second paragraph of article 1.' },
      { url: 'https://x.example/2', text: 'Article number 2 says something.\n\nA second paragraph of article 2.' },
    ]);
  });

  it('keeps the same text once, whatever its address or typography', () => {
    const text = 'Lavrov said "yes" - twice.\n\nThen he left.';
    const pack = [line({ url: 'https://a.example/1', text }), line({ url: 'https://b.example/2', text: text.replace(/"yes"/, '\u201Cyes\u201D') }), ok(3)].join('\n');
    expect(readCorpusPack(pack, 'p.jsonl').map((a) => a.url)).toEqual(['https://a.example/1', 'https://x.example/3']);
  });

  it('refuses the whole file at the first bad line, naming file and line', () => {
    refused(`${ok(1)}\n${ok(2)}\n{"url": "https://x.example/3", "text": "unterminated`, /^pack\.jsonl: line 3: not valid JSON/);
    refused(`${ok(1)}\n[1, 2]`, /pack\.jsonl: line 2: each line must be a JSON object/);
    refused(`${ok(1)}\n${line({ text: 'no address here' })}`, /line 2: "url" is required/);
    refused(line({ url: 'https://x.example/1' }), /line 1: "text" is required/);
    refused(line({ url: 'https://x.example/1', text: 'x', title: 5 }), /line 1: "title" must be a string/);
    refused(line({ url: 'x.example/1', text: 'x' }), /line 1: "url" must be an absolute address/);
    refused(line({ url: 'javascript:alert(1)', text: 'x' }), /line 1: "url" must be an http\(s\) address/);
    refused(`${ok(1)}\n${line({ url: 'https://x.example/1', text: 'x', published: '04/12/2009' })}`, /line 2: "published" must be an ISO 8601/);
    refused('\n\n', /pack\.jsonl: the pack holds no article/);
  });

  it('refuses a text over 2 MB, naming the line', () => {
    refused(`${ok(1)}\n${line({ url: 'https://x.example/big', text: 'word '.repeat(450_000) })}`, /line 2: the text is too long \(at least 2,250,000 bytes; at most 2,000,000\)/);
  });

  it('refuses binary files: NUL bytes or bytes that were not UTF-8', () => {
    refused(`${ok(1)}\n\u0000\u0001\u0002PK`, /pack\.jsonl: line 2: not a text file \(a NUL byte\)/);
    const latin1 = new TextDecoder('utf-8').decode(Uint8Array.from([0x7b, 0x22, 0x75, 0xff, 0xfe, 0x22, 0x7d]));
    refused(latin1, /line 1: not a text file \(bytes that are not valid UTF-8\)/);
  });

  it('reads 10,000 lines', () => {
    const pack = Array.from({ length: 10_000 }, (_, i) => ok(i)).join('\n');
    const started = performance.now();
    expect(readCorpusPack(pack, 'big.jsonl')).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

describe('writeCorpusPack', () => {
  it('writes articles that read back and ingest to the same articles', () => {
    const original = readCorpusPack(readFileSync(`${dir}coverage-pack.jsonl`, 'utf8'), 'coverage-pack.jsonl').map((a) => ingestArticle(a));
    const again = readCorpusPack(writeCorpusPack(original), 'export.jsonl').map((a) => ingestArticle(a));
    expect(again).toEqual(original);
  });
});
