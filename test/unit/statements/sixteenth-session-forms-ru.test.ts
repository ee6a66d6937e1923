// Russian kinds the read parts left (issue #13, sixteenth session: the "Left" lists of the fifteenth session's round 2;
// dev d890–d892), one kind at a time, on made-up people and sentences that are in none of the fixture parts. Each case
// failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a clause after a mid-sentence aside', () => {
  it('«Фельдшер, по словам местных жителей, …» after a person named: the residents, unnamed', () => {
    const text = 'Староста Петр Волков показал нам старую школу. Почтальон, по словам местных жителей, приходит в деревню дважды в неделю.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'приходит в деревню дважды в неделю']]);
  });

  it('«…, а скорая, по словам фельдшера Name, …»: the aside after the subject of a clause joined by «а»', () => {
    const text = 'Рейсовый автобус ходит через Сосновку, а такси, по словам диспетчера местной службы Анны Гусевой, приезжает сюда не раньше чем через час.';
    expect(found(text)).toEqual([['indirect', 'Анна Гусева', 'приезжает сюда не раньше чем через час']]);
  });

  it('«Теперь, говорят местные жители, …»: the aside without «как», a verb in the present', () => {
    const text = 'Село Верхние Ключи стоит на холме. Зимой, говорят местные жители, подняться сюда на машине почти невозможно.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'подняться сюда на машине почти невозможно']]);
  });

  it('«Такой подход, считает она, …» after a woman named', () => {
    const text = 'Критик Марина Ельцова посмотрела спектакль дважды. Такой финал, считает она, оставляет зрителя без надежды на перемены.';
    expect(found(text)).toEqual([['indirect', 'Марина Ельцова', 'оставляет зрителя без надежды на перемены']]);
  });

  it('«…, рассказал «Ведомостям» собеседник, близкий к компании.»: the speaker after the words, not an aside (guard)', () => {
    const text = 'Один из крупных перевозчиков уже сократил три маршрута, рассказал «Ведомостям» собеседник, близкий к компании.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'Один из крупных перевозчиков уже сократил три маршрута']]);
  });
});

describe('a single unnamed person, not a body', () => {
  it('«Мужчина, пожелавший остаться неизвестным, рассказал»: unnamed, not a body «Мужчина»', () => {
    const text = 'Мужчина, пожелавший остаться неизвестным, рассказал, что видел дым над складом около полуночи.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'видел дым над складом около полуночи']]);
  });

  it('«Сотрудница почты рассказала»: unnamed, as «сотрудник»', () => {
    const text = 'Сотрудница почты рассказала корреспонденту, что посылки из области идут по три недели.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'посылки из области идут по три недели']]);
  });

  it('«Пенсионерка, живущая в соседнем доме, рассказала»: described by a participle\u2019s aside, unnamed', () => {
    const text = 'Пенсионерка, живущая в соседнем доме, рассказала, что отопление дали только к обеду.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'отопление дали только к обеду']]);
  });

  it('«— сказала женщина» after a woman named: that woman (guard)', () => {
    const text = 'Жительница Лесного Анна Круглова рассказала, что ждала автобус два часа. «Больше так ездить не могу», — сказала женщина.';
    expect(found(text)).toEqual([
      ['indirect', 'Анна Круглова', 'ждала автобус два часа'],
      ['direct', 'Анна Круглова', 'Больше так ездить не могу'],
    ]);
  });
});

describe('two-word frames of speech', () => {
  it('«Name дал понять, что …»', () => {
    expect(found('Глава управы Роман Зуев дал понять, что сносить рынок в этом году не будут.')).toEqual([
      ['indirect', 'Роман Зуев', 'сносить рынок в этом году не будут'],
    ]);
  });

  it('«Министерство дало понять журналистам, что …»: a body, and a listener between', () => {
    expect(found('Министерство дало понять журналистам, что льготы для фермеров сохранят до конца года.')).toEqual([
      ['indirect', 'Министерство', 'льготы для фермеров сохранят до конца года'],
    ]);
  });

  it('«Name сделала вывод, что …»', () => {
    expect(found('Аудитор Вера Сомова сделала вывод, что смета завышена почти на треть.')).toEqual([
      ['indirect', 'Вера Сомова', 'смета завышена почти на треть'],
    ]);
  });

  it('«Name акцентировал внимание на том, что …»', () => {
    expect(found('Ректор Павел Грачев акцентировал внимание на том, что общежитие не ремонтировали двадцать лет.')).toEqual([
      ['indirect', 'Павел Грачев', 'общежитие не ремонтировали двадцать лет'],
    ]);
  });

  it('«Команда дала все, что могла, …»: no frame of speech (guard)', () => {
    expect(found('Команда дала все, что могла, в этом тяжелом матче с лидером.')).toEqual([]);
  });
});

describe('people described by what they are to the story, after a person named', () => {
  it('«Мэр Name …. Жительница соседнего дома рассказала, что …»: unnamed, not the mayor', () => {
    const text = 'Мэр Олег Седов открыл новую школу в микрорайоне. Жительница соседнего дома рассказала, что автобусы по утрам переполнены.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'автобусы по утрам переполнены']]);
  });

  it('«…, жалуется продавщица рынка» after a named official: the speaker after the words, unnamed', () => {
    const text = 'Глава района Вадим Орехов осмотрел новый рынок. Торговые места подорожали почти вдвое, жалуется продавщица рынка.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'Торговые места подорожали почти вдвое']]);
  });

  it('«Житель Name рассказал …» then «…, — говорит житель поселка»: the resident named (guard)', () => {
    const text = 'Житель поселка Андрей Климов рассказал, что дорогу размыло еще в мае. «Пешком до трассы час», — говорит житель поселка.';
    expect(found(text)).toEqual([
      ['indirect', 'Андрей Климов', 'дорогу размыло еще в мае'],
      ['direct', 'Андрей Климов', 'Пешком до трассы час'],
    ]);
  });
});
