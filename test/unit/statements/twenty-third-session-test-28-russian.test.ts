// Russian kinds test-28's reading took (issue #13; the twenty-third session's second half, "Russian"), on made-up bodies,
// people and sentences that are in none of the fixture parts. Each case failed on the rules before its change, but the
// guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const bodies = (text: string) =>
  extractStatements(text).filter((s) => s.speakerKind === 'organisation').map((s) => s.speaker);

describe('Russian: a body\'s «name» in an oblique case is named as the text prints it as a subject (quoted-name-as-subject.ts)', () => {
  it('«директор «Нарым-Оби»» then «в заявлении клуба», with «Нарым-Обь» opening the headline: «Нарым-Обь»', () => {
    const text = '«Нарым-Обь» осталась без спонсора\n\nИгроки «Нарым-Оби» не получают зарплату с сентября.\n\n'
      + '«Мы ищем нового партнера и найдем его до Нового года», — заявил генеральный директор «Нарым-Оби» Павел Корнеев.\n\n'
      + 'В официальном заявлении клуба говорится, что долг будет погашен до конца квартала.';
    expect(bodies(text)).toEqual(['Нарым-Обь']);
  });

  it('the same with the subject form after a full stop in the last paragraph: «Нарым-Обь»', () => {
    const text = 'Игроки «Нарым-Оби» не получают зарплату с сентября.\n\n'
      + '«Мы ищем нового партнера и найдем его до Нового года», — заявил генеральный директор «Нарым-Оби» Павел Корнеев.\n\n'
      + 'В официальном заявлении клуба говорится, что долг будет погашен до конца квартала. «Нарым-Обь» играет в высшей лиге.';
    expect(bodies(text)).toEqual(['Нарым-Обь']);
  });

  it('a name the text never prints opening a sentence stays as it is printed (guard)', () => {
    const text = 'Игроки «Нарым-Оби» не получают зарплату с сентября.\n\n'
      + '«Мы ищем нового партнера и найдем его до Нового года», — заявил генеральный директор «Нарым-Оби» Павел Корнеев.\n\n'
      + 'В официальном заявлении клуба говорится, что долг будет погашен до конца квартала.';
    expect(bodies(text)).toEqual(['Нарым-Оби']);
  });

  it('another name opening a sentence is not taken for it (guard)', () => {
    const text = 'Игроки «Нарым-Оби» не получают зарплату с сентября.\n\n'
      + '«Мы ищем нового партнера и найдем его до Нового года», — заявил генеральный директор «Нарым-Оби» Павел Корнеев.\n\n'
      + 'В официальном заявлении клуба говорится, что долг будет погашен до конца квартала. «Нарым-Томь» играет в первой лиге.';
    expect(bodies(text)).toEqual(['Нарым-Оби']);
  });
});
