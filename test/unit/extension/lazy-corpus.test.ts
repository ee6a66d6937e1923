
import { describe, expect, it, vi } from 'vitest';
import { CorpusService } from '../../../extension/background/corpus-service.ts';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';

const corpus: CorpusPackage = loadCorpusPackage();
/** The package as the worker gets it: through JSON, as the build emits it. */
const asShipped = (): CorpusPackage => JSON.parse(JSON.stringify(corpus)) as CorpusPackage;

describe('the shipped corpus, loaded on first use', () => {
  it('does not load at start, loads once for concurrent first uses, and answers as the built-in package does', async () => {
    const loader = vi.fn(async () => asShipped());
    const service = new CorpusService({ builtin: loader });
    expect(loader).not.toHaveBeenCalled();
    const [summaries, has, article] = await Promise.all([
      service.summaries(),
      service.has(corpus.articles[0]!.id),
      service.article(corpus.articles[2]!.id),
    ]);
    expect(loader).toHaveBeenCalledTimes(1);
    const direct = new CorpusService({ builtin: corpus });
    expect(summaries).toEqual(await direct.summaries());
    expect(has).toBe(true);
    expect(article).toEqual(await direct.article(corpus.articles[2]!.id));
    await service.titles();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('recognises a page of a shipped article through the loaded package', async () => {
    const service = new CorpusService({ builtin: async () => asShipped() });
    const target = corpus.articles[3]!;
    const match = await service.recognize(buildRecognitionIndex(corpus.articles), { paragraphs: target.paragraphs }, 'https://reuters.screenocean.com/archive/moved');
    expect(match?.article.id).toBe(target.id);
  });

  it('reports a failed load and tries again on the next use', async () => {
    const loader = vi
      .fn<() => Promise<CorpusPackage>>()
      .mockRejectedValueOnce(new Error('corpus/corpus-package.json: HTTP 404'))
      .mockImplementation(async () => asShipped());
    const service = new CorpusService({ builtin: loader });
    await expect(service.summaries()).rejects.toThrow('corpus/corpus-package.json: HTTP 404');
    await expect(service.has(corpus.articles[0]!.id)).resolves.toBe(true);
    expect(loader).toHaveBeenCalledTimes(2);
  });
});
