// Russian unnamed sources and short clauses the thirty-first session's fifth probe found by writing six fresh texts first
// (dev d1455–d1460) and reading what the extractor missed on them (issue #13). Made-up people, bodies and sentences that
// are in none of the fixture parts. Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));
const said = (text: string) => extractStatements(text).map((s) => `${s.kind}: ${s.text}`);

describe('Russian: the press or pages online as a subject, none named (russian-online-places.ts)', () => {
  it('«Как пишут эстонские СМИ, …» → unnamed', () => {
    const text = 'Как пишут эстонские СМИ, паромы на Сааремаа до вторника будут ходить по зимнему расписанию.';
    expect(said(text)).toEqual(['indirect: паромы на Сааремаа до вторника будут ходить по зимнему расписанию']);
    expect(who(text)).toEqual(['anonymous']);
  });

  it('«Как пишут СМИ, …» and «Как пишут местные телеграм-каналы, …» → unnamed', () => {
    expect(who('Как пишут СМИ, хлебозавод в Сосновке остановят на ремонт до весны.')).toEqual(['anonymous']);
    expect(who('Как пишут местные телеграм-каналы, котельную на Заводской запустят только в среду.')).toEqual(['anonymous']);
  });

  it('«Ряд СМИ сообщает, что …», «Финские СМИ пишут, что …» opening the sentence → unnamed', () => {
    expect(who('Ряд СМИ сообщает, что автозавод в Тольятти уйдет на каникулы с понедельника.')).toEqual(['anonymous']);
    expect(who('Финские СМИ пишут, что пункт пропуска Вайникала закроют до весны.')).toEqual(['anonymous']);
  });

  it('«Как пишут СМИ области, …» stays named (guard: someone\'s press, a word after the source)', () => {
    expect(who('Как пишут СМИ области, хлебозавод в Сосновке остановят на ремонт до весны.')).not.toEqual(['anonymous']);
  });
});

describe('Russian: a reported clause of two words closing its sentence (russian-two-word-clause.ts)', () => {
  it('«…, что решение принято.» → found', () => {
    const text = 'Глава поселка Марина Ветлугина подтвердила, что решение принято.';
    expect(said(text)).toEqual(['indirect: решение принято']);
    expect(who(text)).toEqual(['Марина Ветлугина (person)']);
  });

  it('«сообщили, что начнут расследование.» (a verb and its object) → found, the body', () => {
    const text = 'В управлении Росприроднадзора по Тверской области сообщили, что начнут расследование.';
    expect(said(text)).toEqual(['indirect: начнут расследование']);
  });

  it('«Собеседник в мэрии подтвердил, что проект согласован.» → found, unnamed', () => {
    const text = 'Собеседник портала в мэрии подтвердил, что проект согласован.';
    expect(said(text)).toEqual(['indirect: проект согласован']);
    expect(who(text)).toEqual(['anonymous']);
  });

  it('«…, что это так.», «…, что пока думает.» stay unread (guard: a pronoun or an adverb)', () => {
    expect(said('Директор депо Олег Сурмин ответил, что это так.')).toEqual([]);
    expect(said('Директор депо Олег Сурмин ответил, что пока думает.')).toEqual([]);
  });

  it('«…, что ответ простой: «…»» keeps only the quotation (guard: two words not closing the sentence)', () => {
    expect(said('Директор депо Олег Сурмин сказал, что ответ простой: «Денег на ремонт нет».')).toEqual(['direct: Денег на ремонт нет']);
  });
});
