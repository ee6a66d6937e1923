// Russian kinds test-27's second round took (issue #13; the twenty-third session, "Russian leftovers"), on made-up
// bodies, people and sentences that are in none of the fixture parts. Each case failed on the rules before its change,
// but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('Russian: «там» after a counted group a sentence only mentions is the body that spoke (speaker-resolver.ts)', () => {
  it('«…, предупредили в МЧС области. Три снегохода ушли под лед …. Там уточнили, что …»: the МЧС', () => {
    const text = 'Ходить по тонкому льду опасно, предупредили в МЧС области. Три снегохода ушли под лед в прошлом году. '
      + 'Там уточнили, что патрули выйдут на реку в выходные.';
    expect(found(text).at(-1)).toEqual(['indirect', 'МЧС области', 'патрули выйдут на реку в выходные']);
  });

  it('«там» after an unnamed group that spoke is still that group (guard)', () => {
    const text = 'В окружении мэра считают, что слухи о его отставке распускают оппоненты. Рябинин намерен остаться до конца срока, уверяют там.';
    expect(found(text).at(-1)).toEqual(['indirect', 'anonymous', 'Рябинин намерен остаться до конца срока']);
  });
});

describe('Russian: a body\'s noun alone in the plural before a plural verb is bodies of a kind, unnamed (russian-bodies-of-a-kind.ts)', () => {
  it('«Агентства жалуются, что …»: unnamed, not a body «Агентства»', () => {
    expect(found('Агентства жалуются, что узнают о новых правилах последними.'))
      .toEqual([['indirect', 'anonymous', 'узнают о новых правилах последними']]);
  });

  it('«Банки утверждают, что …»: unnamed, not «Банк»', () => {
    expect(found('Страховщики жалуются на рост выплат. Банки утверждают, что спрос на ипотеку упал вдвое.'))
      .toEqual([['indirect', 'anonymous', 'спрос на ипотеку упал вдвое']]);
  });

  it('«Службы такси жалуются, что …»: with a lower-case word of what kind, unnamed too', () => {
    expect(found('Службы такси жалуются, что водителей не хватает даже в праздники.'))
      .toEqual([['indirect', 'anonymous', 'водителей не хватает даже в праздники']]);
  });

  it('a body named in the singular still speaks as that body (guard)', () => {
    const text = 'Компания «Северный хлеб» подняла цены. В компании «Северный хлеб» сообщили, что мука подорожала на 30%.';
    expect(found(text).at(-1)?.[1]).not.toBe('anonymous');
  });
});

describe('Russian: an appeal no sender is named for speaks for its signers, unnamed, as a petition does (russian.ts)', () => {
  it('«Обращение подписали … человек. … В обращении говорится, что …»: unnamed, not a body «документ обращении»', () => {
    const text = 'Родители учеников школы №5 третью неделю собирают подписи против закрытия бассейна. Обращение к мэру подписали уже 800 человек.\n\n'
      + '«Детям негде заниматься», — рассказала одна из родительниц, бухгалтер Ольга Синицына.\n\n'
      + 'В обращении говорится, что другого бассейна в районе нет.';
    expect(found(text).at(-1)).toEqual(['indirect', 'anonymous', 'другого бассейна в районе нет']);
  });

  it('a ministry\'s appeal is still the ministry\'s (guard)', () => {
    const text = 'В обращении Минздрава говорится, что прививку нужно сделать до декабря.';
    expect(found(text).at(-1)?.[2]).toBe('прививку нужно сделать до декабря');
    expect(found(text).at(-1)?.[1]).not.toBe('anonymous');
  });
});

describe('Russian: «X, по оценке Y, Z» is what follows the aside, as «по словам Y» is (russian.ts)', () => {
  it('«Молодые ветеринары, по оценке союза, в деревню ехать не хотят»: the union named before, what follows the aside', () => {
    const text = 'В Союзе фермеров Прикамья считают, что главная беда — нехватка кормов. Молодые ветеринары, по оценке союза, в деревню ехать не хотят.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Союз фермеров Прикамья', 'в деревню ехать не хотят']);
  });

  it('«…, по мнению Name, …»: the person named in the aside', () => {
    expect(found('Новая трасса, по мнению эколога Веры Шустиковой, пройдет слишком близко к заповеднику.'))
      .toEqual([['indirect', 'Вера Шустикова', 'пройдет слишком близко к заповеднику']]);
  });

  it('«…, по словам Name, …» as before (guard)', () => {
    expect(found('Новая трасса, по словам эколога Веры Шустиковой, пройдет слишком близко к заповеднику.'))
      .toEqual([['indirect', 'Вера Шустикова', 'пройдет слишком близко к заповеднику']]);
  });
});
