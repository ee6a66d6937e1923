// The forty-second session's reading of test-60's misses: the shapes its rules fixed, in fresh words and invented names
// (none of the fixtures' sentences). Each case failed on the rules before the change but the guards (marked so), which
// pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

/** The speaker (or 'anonymous') and kind of the statement whose text opens with `opening`; null if none. */
const whoSaid = (text: string, opening: string) => {
  const s = extractStatements(text).find((x) => x.text.startsWith(opening));
  return s ? [s.anonymous ? 'anonymous' : s.speaker, s.speakerKind] : null;
};
const texts = (text: string, kind: string) => extractStatements(text).filter((s) => s.kind === kind).map((s) => s.text);

describe('English: a brewer or a wine body named by its drink (speaker-phrase.ts, DRINK_TRADE_ENDS)', () => {
  it('"Fenwick Ales said …" is a body', () => {
    expect(whoSaid('Pub prices\n\nFenwick Ales said higher costs for barley had left it no choice.', 'higher costs')).toEqual(['Fenwick Ales', 'organisation']);
  });

  it('"Coonawarra Wine said in a submission …" is a body', () => {
    expect(whoSaid('Grapes\n\nCoonawarra Wine said in a submission to the minister that water rules should be eased.', 'water rules')).toEqual(['Coonawarra Wine', 'organisation']);
  });

  it('guard: a given name first, "Marta Wine said …", stays a person', () => {
    expect(whoSaid('Singer\n\nMarta Wine said she would tour again next spring.', 'she would tour')).toEqual(['Marta Wine', 'person']);
  });
});

describe('English: "the brewer" is the business introduced by that word before its name (business-named-after-its-trade.ts)', () => {
  it('"Drinkers at pubs run by the Devon brewer Ottery Ales will pay …, the brewer has told licensees."', () => {
    expect(whoSaid('Beer\n\nDrinkers at pubs run by the Devon brewer Ottery Ales will pay 12p more a pint from March, the brewer has told licensees.', 'Drinkers at pubs'))
      .toEqual(['Ottery Ales', 'organisation']);
  });

  it('guard: "One brewer said …. The brewer added …" stays the unnamed one', () => {
    expect(whoSaid('Beer\n\nOne brewer said the tax was unfair. The brewer added that hops had doubled in price.', 'hops had')).toEqual(['anonymous', 'anonymous']);
  });
});

describe('English: a licensee is a person (vocabulary.ts)', () => {
  it('"One licensee, who asked not to be named, said …" is found, unnamed, with its partial', () => {
    const text = 'Leases\n\nOne licensee, who asked not to be named, said the new lease was "a noose round our necks".';
    expect(whoSaid(text, 'the new lease')).toEqual(['anonymous', 'anonymous']);
    expect(texts(text, 'partial')).toEqual(['a noose round our necks']);
  });
});

describe('English: a port named "Port …" is a body (speaker-phrase.ts, BODY_NAME_STARTS)', () => {
  it('"…, Port Venmora confirmed on Tuesday."', () => {
    expect(whoSaid('Jetty\n\nThe cargo jetty at Tamsin Bay will close until June after cracks were found in its piles, Port Venmora confirmed on Tuesday.', 'The cargo jetty'))
      .toEqual(['Port Venmora', 'organisation']);
  });
});

describe('English: "Name, the Yei town mayor, told" gives the post, so a later "The mayor said" is that person (people.ts, speaker-phrase.ts)', () => {
  it('"The mayor said" after someone else spoke', () => {
    const text = 'Bread\n\nAmos Keli Dut, the Yei town mayor, told reporters that bread prices had doubled.\n\nRose Atong Lual, who runs a bakery in the market, said flour was scarce.\n\nThe mayor said the council would cap prices from Monday.';
    expect(whoSaid(text, 'the council would')).toEqual(['Amos Keli Dut', 'person']);
  });

  it('guard: "the town mayor" with no place was read so already', () => {
    const text = 'Bread\n\nAmos Keli Dut, the town mayor, told reporters that bread prices had doubled.\n\nRose Atong Lual, who runs a bakery in the market, said flour was scarce.\n\nThe mayor said the council would cap prices from Monday.';
    expect(whoSaid(text, 'the council would')).toEqual(['Amos Keli Dut', 'person']);
  });
});

describe('English: "the regional government" is a government named in its own language (government-in-its-language.ts)', () => {
  it('"…, the Xunta de Galicia has confirmed. ¶ The regional government said …"', () => {
    const text = 'Shellfish\n\nMussel farmers in the Rías Baixas will stop harvesting for a month, the Xunta de Galicia has confirmed.\n\nThe regional government said toxin levels were above the limit.';
    expect(whoSaid(text, 'toxin levels')).toEqual(['Xunta de Galicia', 'organisation']);
  });
});

describe('Russian: «в администрации города» before the city\'s administration is named (russian.ts, bodyReferent)', () => {
  it('the lead, then «Администрация Кряжска сообщила» in the next paragraph', () => {
    const text = 'В Кряжске отменят ночной автобус\n\nКРЯЖСК. С 1 марта ночной автобус № 12 перестанет ходить до вокзала, сообщили в администрации города.\n\nАдминистрация Кряжска сообщила, что ночью на маршруте ездят не больше трех человек.';
    expect(whoSaid(text, 'С 1 марта')).toEqual(['Администрация Кряжска', 'organisation']);
  });

  it('a city named with a preposition inside, «Администрация Ростова-на-Дону», in full (findNamedBodies)', () => {
    const text = 'Долги по зарплате\n\nВ Ростове-на-Дону водители трамваев третий месяц не получают зарплату.\n\nПрокуратура Ростова-на-Дону сообщила, что начата проверка. Как заявили в администрации города, депо получит субсидию. Администрация Ростова-на-Дону уточнила, что деньги придут в январе.';
    expect(whoSaid(text, 'начата проверка')).toEqual(['Прокуратура Ростова-на-Дону', 'organisation']);
    expect(whoSaid(text, 'депо получит')).toEqual(['Администрация Ростова-на-Дону', 'organisation']);
  });
});

describe('Russian: «краевого министерства природных ресурсов» is the ministry named in full (russian.ts, bodyReferent)', () => {
  it('named in the next sentence', () => {
    const text = 'Берег отступает\n\nПо данным краевого министерства природных ресурсов, пляж у маяка за пять лет сузился вдвое. Министерство природных ресурсов Приморского края сообщило, что проект укрепления берега готов.';
    expect(whoSaid(text, 'пляж у маяка')).toEqual(['Министерство природных ресурсов Приморского края', 'organisation']);
  });
});

describe('Russian: «— говорит владелец кафе» after «Владельцы кафе жалуются» is one of them (russian-one-of-group-by-its-word.ts)', () => {
  it('unnamed, not the ecologist quoted before', () => {
    const text = 'Кафе у моря\n\nЭколог Мария Лесных считает, что это бессмысленно. «Море заберет все», — сказала она.\n\nВладельцы кафе на набережной жалуются, что волны дошли до веранд. «У меня унесло два столика», — говорит владелец кафе.';
    expect(whoSaid(text, 'У меня унесло')).toEqual(['anonymous', 'anonymous']);
  });

  it('guard: a named owner holds the word («Владелец кафе Иван Сомов …»)', () => {
    const text = 'Кафе у моря\n\nЭколог Мария Лесных считает, что это бессмысленно.\n\nВладелец кафе Иван Сомов жалуется, что волны дошли до веранд. «У меня унесло два столика», — говорит владелец кафе.';
    expect(whoSaid(text, 'У меня унесло')).toEqual(['Иван Сомов', 'person']);
  });
});

describe('Russian: «в компании» after «директор компании <Latin name>» (russian-company-introduced.ts)', () => {
  it('the Latin name', () => {
    const text = 'Паром подорожает\n\nС 1 апреля билет на паром подорожает до 3 евро, сообщил порталу директор компании Kuršių keltas Линас Мажвидас.\n\nКак заявили в компании, без повышения цен паромы не обновить.';
    expect(whoSaid(text, 'без повышения')).toEqual(['Kuršių keltas', 'organisation']);
  });
});

describe('Russian: «По данным дороги» is the railway the text names (russian.ts, byWordsSource)', () => {
  it('after «… железной дороги …, сообщили в пресс-службе магистрали»', () => {
    const text = 'Новый вокзал\n\nНа станции Тайга Западно-Сибирской железной дороги открылся новый вокзал, сообщили в пресс-службе магистрали.\n\nПо данным дороги, стройка обошлась в 300 миллионов рублей.';
    expect(whoSaid(text, 'стройка')).toEqual(['Западно-Сибирская железная дорога', 'organisation']);
  });
});

describe('Russian: a head that judges before a colon is part of the tail\'s clause (russian.ts, tailFrame)', () => {
  it('«… оказалось удачным: …, добавила она» whole', () => {
    const text = 'Фестиваль\n\nГлавный судья Ольга Ветрова рассказала, что споров не было. Проведение фестиваля в новом парке оказалось удачным: гостям хватило места, а дети могли кататься на лодках, добавила она.';
    expect(texts(text, 'indirect')).toContain('Проведение фестиваля в новом парке оказалось удачным: гостям хватило места, а дети могли кататься на лодках');
  });

  it('guard: a writer\'s fact before the colon keeps its cut («Каток снова закрывается: …»)', () => {
    expect(texts('Каток\n\nКаток снова закрывается: с понедельника на нем начнут менять освещение, уточнили в парке.', 'indirect'))
      .toEqual(['с понедельника на нем начнут менять освещение']);
  });
});
