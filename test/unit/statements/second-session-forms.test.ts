// The forms the second session taught the rules (issue #13), one at a time, on made-up people and
// sentences that are in none of the fixture parts: English forms, then Russian copy.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.text, s.speaker, s.speakerKind, s.anonymous] as const);

describe('English attribution forms', () => {
  it('"welcomed … but said" gives the clause to the sentence subject', () => {
    expect(found('Ruritania\u2019s trade minister, Ida Morn, welcomed the ruling but said tariffs would stay for now.')).toEqual([
      ['indirect', 'tariffs would stay for now', 'Ida Morn', 'person', false],
    ]);
  });

  it('"A spokesman, Name, said:" and "As X put it:" name the speaker of the quotation', () => {
    const text = [
      'A spokesman, Olaf Brenn, said: "The office will reopen on Monday."',
      'As the historian Vera Lund put it: "Borders move more slowly than armies."',
    ].join('\n');
    expect(found(text).map(([kind, , speaker]) => [kind, speaker])).toEqual([
      ['direct', 'Olaf Brenn'],
      ['direct', 'Vera Lund'],
    ]);
  });

  it('", warning that …" and "with X saying …" are reported speech of their own', () => {
    const text = [
      'The governor, Tomas Reel, ordered an inquiry, warning that the dam could fail again.',
      'Farmers blocked the bridge, with the mayor, Ana Kiel, saying the protest was peaceful.',
    ].join('\n');
    expect(found(text)).toEqual([
      ['indirect', 'the dam could fail again', 'Tomas Reel', 'person', false],
      ['indirect', 'the protest was peaceful', 'Ana Kiel', 'person', false],
    ]);
  });

  it('ends an attribution at ", adding that" and gives the participle the same speaker', () => {
    const text = 'Exports will rise next year, Finance Minister Lea Vance said on Friday, adding that imports would fall.';
    expect(found(text)).toEqual([
      ['indirect', 'Exports will rise next year', 'Lea Vance', 'person', false],
      ['indirect', 'imports would fall', 'Lea Vance', 'person', false],
    ]);
  });

  it('reads bodies with noun adjuncts, "It added", and unnamed titled people', () => {
    const text = [
      'The health ministry said more than 300 cases had been confirmed. It added that clinics would stay open.',
      'One cabinet minister told the paper that the vote would be close.',
    ].join('\n');
    expect(found(text).map(([, , speaker, kind, anonymous]) => [speaker, kind, anonymous])).toEqual([
      ['health ministry', 'organisation', false],
      ['health ministry', 'organisation', false],
      [null, 'anonymous', true],
    ]);
  });

  it('completes a surname from the full name the text prints, and a bare "the minister" is who was just quoted', () => {
    const text = [
      'The former envoy, Gunnar Vik, has written a memoir.',
      'In it, Vik was blunt: "We negotiated with ourselves for a decade."',
      'Mr Vik said the new talks would fail. "They have no deadline," the minister said.',
    ].join('\n');
    expect(found(text).map(([kind, , speaker]) => [kind, speaker])).toEqual([
      ['direct', 'Gunnar Vik'],
      ['indirect', 'Gunnar Vik'],
      ['direct', 'Gunnar Vik'],
    ]);
  });

  it('opens a quotation glued to a full stop', () => {
    const text = 'The port reopened on Monday.Port director Ivo Dahl told reporters that ships were waiting."We need two more days," Dahl said.';
    expect(found(text).map(([kind, text, speaker]) => [kind, text, speaker])).toEqual([
      ['indirect', 'ships were waiting', 'Ivo Dahl'],
      ['direct', 'We need two more days', 'Ivo Dahl'],
    ]);
  });
});

describe('Russian copy', () => {
  it('reads «…», - сказал X; X заявил, что …; …, заявил X; по словам X', () => {
    const text = [
      'ОСЛО, 4 мая. /ТАСС/. Министр рыболовства Норвегии Ингрид Хауген заявила во вторник, что квоты будут сокращены.',
      '«Мы следуем рекомендациям ученых», - сказала Хауген журналистам.',
      'Переговоры продолжатся осенью, сообщил заместитель министра Олег Рябов.',
      'По словам Олега Рябова, стороны обсудят и вопросы транзита.',
    ].join('\n');
    expect(found(text).map(([kind, text, speaker, kind2]) => [kind, text, speaker, kind2])).toEqual([
      ['indirect', 'квоты будут сокращены', 'Ингрид Хауген', 'person'],
      ['direct', 'Мы следуем рекомендациям ученых', 'Ингрид Хауген', 'person'],
      ['indirect', 'Переговоры продолжатся осенью', 'Олег Рябов', 'person'],
      ['indirect', 'стороны обсудят и вопросы транзита', 'Олег Рябов', 'person'],
    ]);
  });

  it('flags unnamed sources and plural experts, and gives "В МИД X заявили" to the body', () => {
    const text = [
      'Источник в правительстве сообщил агентству, что решение уже принято.',
      'Цены вырастут к зиме, считают опрошенные аналитики.',
      'В МИД Эстонии заявили, что посол будет вызван для объяснений.',
    ].join('\n');
    expect(found(text).map(([, , speaker, kind, anonymous]) => [speaker, kind, anonymous])).toEqual([
      [null, 'anonymous', true],
      [null, 'anonymous', true],
      ['МИД Эстонии', 'organisation', false],
    ]);
  });

  it('does not take an outlet named in «» after the verb for a quotation', () => {
    const text = 'Представитель компании сообщил «Ведомостям», что сделка отложена до осени.';
    expect(found(text).map(([kind]) => kind)).toEqual(['indirect']);
  });
});
