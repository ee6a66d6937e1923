import { describe, expect, it } from 'vitest';
import { sameSpeaker, statementEchoes } from '../../../src/crossrefs/statement-echoes.ts';
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

  // #15: a same-claim passage is an echo only when it carries a statement of the same speaker (before, any paired passage was).
  const claimTo = (id: string) =>
    id === 'a' ? [{ a: { articleId: 'a', start: 0, end: 20, text: QUOTE.slice(0, 20) }, b: { articleId: 'b', start: 8, end: 40, text: 'the claim' }, score: 0.3, shared: ['Afghanistan'] }] : [];

  it('adds passages the same-claim engine pairs with the statement when the same speaker says them', () => {
    const echoes = statementEchoes(
      [a, b],
      new Map([
        ['a', [statement(QUOTE, 'Sergei Lavrov')]],
        ['b', [statement('said the claim in other words', 'Sergey Lavrov', 8)]],
      ]),
      claimTo,
    );
    expect(echoes.get('a')![0]).toEqual([expect.objectContaining({ articleId: 'b', how: 'same claim', text: 'the claim', speaker: 'Sergey Lavrov' })]);
  });

  it('does not echo a paired passage of another speaker, or of no statement at all', () => {
    const other = statementEchoes(
      [a, b],
      new Map([
        ['a', [statement(QUOTE, 'Sergei Lavrov')]],
        ['b', [statement('said the claim in other words', 'Jaap de Hoop Scheffer', 8)]],
      ]),
      claimTo,
    );
    expect(other.get('a')).toEqual([[]]);
    expect(statementEchoes([a, b], new Map([['a', [statement(QUOTE, null)]]]), claimTo).get('a')).toEqual([[]]);
  });

  it('does not echo across years, even for the same speaker and words', () => {
    const dated = (x: CompiledArticle, date: string): CompiledArticle => ({ ...x, dates: { event: { date, how: 'test' } } });
    const statements = new Map([
      ['a', [statement(QUOTE, 'Sergei Lavrov')]],
      ['b', [statement(QUOTE, 'Sergei Lavrov', 8)]],
    ]);
    expect(statementEchoes([dated(a, '2010-09-25'), dated(b, '2007-06-26')], statements, () => []).get('a')).toEqual([[]]);
    expect(statementEchoes([dated(a, '2010-09-25'), dated(b, '2010-09')], statements, () => []).get('a')![0]).toHaveLength(1);
  });

  it('lists one echo per passage when the other article has overlapping statements', () => {
    const echoes = statementEchoes(
      [a, b],
      new Map([
        ['a', [statement(QUOTE, 'Sergei Lavrov')]],
        ['b', [statement(`He said ${QUOTE}`, 'Sergei Lavrov', 0), statement(QUOTE, 'Sergei Lavrov', 8)]],
      ]),
      () => [],
    );
    expect(echoes.get('a')![0]).toHaveLength(1);
  });
});

describe('sameSpeaker', () => {
  it('matches spelling variants of one name and nothing else', () => {
    expect(sameSpeaker('Sergei Lavrov', 'Sergey Lavrov')).toBe(true);
    expect(sameSpeaker('Lavrov', 'Sergei Lavrov')).toBe(true);
    expect(sameSpeaker('S. Lavrov', 'Sergei Lavrov')).toBe(true);
    expect(sameSpeaker('Сергей Лавров', 'Sergei Lavrov')).toBe(true);
    expect(sameSpeaker('Sergei Lavrov', 'Jaap de Hoop Scheffer')).toBe(false);
    expect(sameSpeaker('Dmitry Medvedev', 'Viktor Medvedev')).toBe(false);
    expect(sameSpeaker(null, 'Sergei Lavrov')).toBe(false);
  });
});
