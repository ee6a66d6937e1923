import { describe, expect, it } from 'vitest';
import { statementEchoes } from '../../../src/crossrefs/statement-echoes.ts';
import type { CompiledArticle } from '../../../src/corpus/types.ts';
import type { Statement } from '../../../src/statements/types.ts';

function article(id: string, outlet: 'sputnik' | 'reuters', text: string): CompiledArticle {
  return {
    id,
    file: `${id}.txt`,
    outlet,
    headline: `Headline ${id}`,
    dateline: null,
    dates: {},
    addresses: [],
    origin: { kind: 'wire', name: 'Wire', note: '' },
    paragraphs: [text],
    text,
  };
}

function statement(text: string, speaker: string | null, start = 0): Statement {
  return { kind: 'direct', text, speaker, anonymous: false, start, end: start + text.length };
}

const QUOTE = 'Afghanistan is the sphere where our interests coincide and where we must continue to cooperate closely';

describe('statementEchoes', () => {
  const a = article('a', 'sputnik', QUOTE);
  const b = article('b', 'reuters', `He said ${QUOTE.replace('closely', 'very closely')}`);

  it('finds the same speaker saying the same thing in another outlet', () => {
    const echoes = statementEchoes(
      [a, b],
      new Map([
        ['a', [statement(QUOTE, 'Sergei Lavrov')]],
        ['b', [statement(QUOTE.replace('closely', 'very closely'), 'Sergei Lavrov', 8)]],
      ]),
      () => [],
    );
    expect(echoes.get('a')![0]).toEqual([
      expect.objectContaining({ articleId: 'b', outlet: 'reuters', how: 'same speaker and words', start: 8 }),
    ]);
    expect(echoes.get('b')![0]![0]).toMatchObject({ articleId: 'a' });
  });

  it('does not pair different speakers, or statements sharing only a few words', () => {
    const echoes = statementEchoes(
      [a, b],
      new Map([
        ['a', [statement(QUOTE, 'Sergei Lavrov'), statement('Russia and NATO must talk', 'Dmitry Rogozin', 200)]],
        ['b', [statement(QUOTE, 'Anders Fogh Rasmussen'), statement('NATO and Russia are partners', 'Dmitry Rogozin', 300)]],
      ]),
      () => [],
    );
    expect(echoes.get('a')).toEqual([[], []]);
  });

  it('adds passages the same-claim engine pairs with the statement', () => {
    const echoes = statementEchoes([a, b], new Map([['a', [statement(QUOTE, null)]]]), (id) =>
      id === 'a'
        ? [{ a: { articleId: 'a', start: 0, end: 20, text: QUOTE.slice(0, 20) }, b: { articleId: 'b', start: 8, end: 40, text: 'the claim' }, score: 0.3, shared: ['Afghanistan'] }]
        : [],
    );
    expect(echoes.get('a')![0]).toEqual([expect.objectContaining({ articleId: 'b', how: 'same claim', text: 'the claim' })]);
  });
});
