// The thirty-sixth session's reading of test-54 (the fifty-fourth held-back part): the Russian shapes its misses showed,
// in fresh words and invented names (none of the fixtures' sentences). Each case failed on the rules before the change
// but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');

describe('Russian: a republic\'s body named with the republic (russian-body-of-republic.ts)', () => {
  it('«Как пояснило Министерство … Республики Карелия, …» is that ministry, not a person «Республика Карелия»', () => {
    expect(clauses('Лесовозы\n\nКак пояснило Министерство природных ресурсов Республики Карелия, вырубку на участке приостановили до весны.')).toEqual([
      ['indirect', 'Министерство природных ресурсов Республики Карелия', 'organisation', 'вырубку на участке приостановили до весны'],
    ]);
  });

  it('«Министерство … Чувашской Республики сообщило, что …» the same, the republic by its adjective', () => {
    expect(clauses('Стадион\n\nМинистерство спорта и молодежи Чувашской Республики сообщило, что крышу манежа починят к марту.')).toEqual([
      ['indirect', 'Министерство спорта и молодежи Чувашской Республики', 'organisation', 'крышу манежа починят к марту'],
    ]);
  });

  it('«источник в Министерстве … Республики Марий Эл» is an unnamed source, not a person «Марий Эл»', () => {
    expect(clauses('Паром\n\nКак рассказал источник в Министерстве транспорта Республики Марий Эл, переправу закроют на неделю раньше.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'переправу закроют на неделю раньше'],
    ]);
  });

  it('guard: a region\'s body («… Кемеровской области») reads as before', () => {
    expect(clauses('Музей\n\nКак сообщило Министерство культуры Кемеровской области, выставку продлят до февраля.')).toEqual([
      ['indirect', 'Министерство культуры Кемеровской области', 'organisation', 'выставку продлят до февраля'],
    ]);
  });
});

describe('Russian: a group where named places are (russian-group-at-named-settlement.ts)', () => {
  it('«…, жалуются владельцы кафе в Ферапонтове и Кириллове» is an unnamed group, not a person «Кириллове»', () => {
    expect(clauses('Дорога\n\nЗаказы на банкеты упали вдвое, жалуются владельцы кафе в Ферапонтове и Кириллове.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'Заказы на банкеты упали вдвое'],
    ]);
  });

  it('«…, говорят владельцы лодок в Кеми» with one place the same', () => {
    expect(clauses('Причал\n\nЛед в заливе встал на три недели позже обычного, говорят владельцы лодок в Кеми.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'Лед в заливе встал на три недели позже обычного'],
    ]);
  });

  it('guard: a named owner («владелец кафе Name Surname») is that person as before', () => {
    expect(clauses('Дорога\n\nЗаказы на банкеты упали вдвое, сказал владелец кафе Рустам Гилязов.')).toEqual([
      ['indirect', 'Рустам Гилязов', 'person', 'Заказы на банкеты упали вдвое'],
    ]);
  });
});

describe('Russian: posts and given names the lists lacked; «Сам» before the subject', () => {
  it('«— говорит инструктор … в Кировске Name Surname»: an instructor is a post', () => {
    expect(found('Склон\n\n«Снега на трассе хватит до мая», — говорит инструктор лыжной базы в Кировске Тимур Балаев.')).toEqual([
      ['direct', 'Тимур Балаев', 'person', 'Снега на трассе хватит до мая'],
    ]);
  });

  it('«— рассказывает скрипачка театра Лилия Цой»: a short surname after a known given name', () => {
    expect(found('Оркестр\n\n«Зал наконец перестал гудеть», — рассказывает скрипачка театра Лилия Цой.')).toEqual([
      ['direct', 'Лилия Цой', 'person', 'Зал наконец перестал гудеть'],
    ]);
  });

  it('«Сам 24-летний гонщик признался, что …» is the racer named before', () => {
    expect(clauses('Этап\n\nГонщик Глеб Сомов выиграл этап в Тольятти. Сам 24-летний гонщик признался, что перед стартом почти не спал.')).toEqual([
      ['indirect', 'Глеб Сомов', 'person', 'перед стартом почти не спал'],
    ]);
  });

  it('guard: «Сам по себе …» opening a sentence is no speaker', () => {
    expect(clauses('Этап\n\nСам по себе ремонт трассы занял неделю.')).toEqual([]);
  });
});

describe('English: a surname opened by "Mc" is no nationality (vocabulary.ts isNationality)', () => {
  it('"McTavish said …" after "Orla McTavish" is she (the "-ish" ending)', () => {
    expect(clauses('Netball\n\nHead coach Orla McTavish was pleased.\n\nMcTavish said the back line had held firm.')).toEqual([
      ['indirect', 'Orla McTavish', 'person', 'the back line had held firm'],
    ]);
  });

  it('"McLean said …" after "Harbour master Ewan McLean" is he (the "-ean" ending)', () => {
    expect(clauses('Harbour\n\nHarbour master Ewan McLean met the council.\n\nMcLean said the pontoon would be rebuilt before Easter.')).toEqual([
      ['indirect', 'Ewan McLean', 'person', 'the pontoon would be rebuilt before Easter'],
    ]);
  });

  it('guard: "A Macedonian official said …" is still an unnamed official ("Mac" left as it was)', () => {
    expect(clauses('Border\n\nA Macedonian official said the crossing would reopen on Friday.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the crossing would reopen on Friday'],
    ]);
  });
});
