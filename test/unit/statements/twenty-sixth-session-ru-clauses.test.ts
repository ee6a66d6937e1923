// Russian clauses the twenty-sixth session's reading of test-32 and test-33 found missing (issue #13; the "Russian
// clauses not found" round), on made-up people, places and sentences that are in none of the fixture parts. Each case
// failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const clauses = (text: string) => extractStatements(text).filter((s) => s.kind === 'indirect').map((s) => s.text);
const directs = (text: string) => extractStatements(text).filter((s) => s.kind === 'direct').map((s) => s.text);
const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));

describe('Russian: «Одни …, другие …» — some of a group, unnamed, each half its own clause', () => {
  const pair = 'Пассажиры парома разошлись во мнениях. Одни уверяли, что рейс отменили без объявления, другие жаловались, что билеты не вернули до сих пор.';

  it('the second half after a bare comma frames a clause of its own', () => {
    expect(clauses(pair)).toEqual(['рейс отменили без объявления', 'билеты не вернули до сих пор']);
  });

  it('both halves are unnamed sources, not a body «Одни»', () => {
    expect(who(pair)).toEqual(['anonymous', 'anonymous']);
  });

  it('«…, третьи рассказывали, что …» as well', () => {
    expect(clauses('Одни говорили, что вода в колонке ржавая, третьи рассказывали, что напора нет с осени.'))
      .toEqual(['вода в колонке ржавая', 'напора нет с осени']);
  });

  it('«…, а третьи рассказывали, что …», with «а», was split before (guard)', () => {
    expect(clauses('Одни говорили, что вода в колонке ржавая, а третьи рассказывали, что напора нет с осени.'))
      .toEqual(['вода в колонке ржавая', 'напора нет с осени']);
  });

  it('«Многие», «Некоторые», «Кто-то» alone before a verb of saying are unnamed', () => {
    for (const subject of ['Многие', 'Некоторые', 'Кто-то']) {
      expect(who(`Дачники собрались у правления. ${subject} говорили, что взносы подняли без собрания.`)).toEqual(['anonymous']);
    }
  });

  it('«признавались, что» frames a clause (the imperfective of «признался»)', () => {
    expect(clauses('Одни хвалили новый маршрут, другие признавались, что ездят теперь на такси.'))
      .toEqual(['ездят теперь на такси']);
  });

  it('«другие» as an adjective inside a clause does not cut it (guard)', () => {
    expect(clauses('Глава поселка Артем Жуков сообщил, что котельную починили, другие объекты проверят к пятнице.'))
      .toEqual(['котельную починили, другие объекты проверят к пятнице']);
  });
});

describe('a quotation left open goes on in a paragraph not opened again', () => {
  const text = 'Тренер «Вымпела» Семен Гладышев после игры не скрывал досады.\n\n'
    + '«В первом тайме мы отдали сопернику центр поля и ничего не могли поделать.\n\n'
    + 'После перерыва парни заиграли смелее, но время уже было упущено», — сказал Гладышев.';

  it('the second paragraph, up to the closing mark, is a direct quotation of the same speaker', () => {
    expect(directs(text)).toEqual([
      'В первом тайме мы отдали сопернику центр поля и ничего не могли поделать.',
      'После перерыва парни заиграли смелее, но время уже было упущено',
    ]);
    expect(who(text)).toEqual(['Семен Гладышев (person)', 'Семен Гладышев (person)']);
  });

  it('English copy, the comma inside the marks', () => {
    const english = 'Coach Ruth Penhallow did not hide her frustration.\n\n'
      + '“We gave away the middle of the pitch in the first half and never got it back.\n\n'
      + 'After the break the players were braver, but it came too late,” Penhallow said.';
    expect(directs(english)).toEqual([
      'We gave away the middle of the pitch in the first half and never got it back.',
      'After the break the players were braver, but it came too late',
    ]);
  });

  it('a stray closing mark with no quotation left open before it opens nothing (guard)', () => {
    const closed = 'Тренер «Вымпела» Семен Гладышев после игры не скрывал досады.\n\n'
      + '«В первом тайме мы отдали сопернику центр поля», — сказал Гладышев.\n\n'
      + 'После перерыва команда заиграла смелее» — так оценил матч обозреватель.';
    expect(directs(closed)).toEqual(['В первом тайме мы отдали сопернику центр поля']);
  });
});
