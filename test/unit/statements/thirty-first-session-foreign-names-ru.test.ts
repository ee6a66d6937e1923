// Foreign names and bodies in Russian text, which the thirty-first session's second round found by writing six fresh
// texts first (dev d1497–d1502) and reading what the extractor missed on them, with d1454's «Ян ван дер Берг» (issue #13).
// Made-up people and sentences that are in none of the fixture parts. Each case failed on the rules before its change,
// but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));

describe('Russian: a foreign name\'s particles (russian-name-particles.ts)', () => {
  it('«Глава совета директоров Name фон Surname заявила, что …» → the full name with its particle', () => {
    expect(who('Глава совета директоров Гертруда фон Альтхаус заявила, что завод в Дрездене закроют к осени.'))
      .toEqual(['Гертруда фон Альтхаус (person)']);
  });

  it('«Name ван дер Surname» after a post, then «Ван дер Surname» opening a sentence → the full name both times', () => {
    const text = 'Заголовок\n\nМэр Роттердама Кес ван дер Линден сообщил, что паромы пустят в марте. '
      + 'Ван дер Линден, выступая перед депутатами, добавил, что билеты подорожают.';
    expect(who(text)).toEqual(['Кес ван дер Линден (person)', 'Кес ван дер Линден (person)']);
  });

  it('«Премьер-министр Страны Name де Surname заявил» is no name «Страны Name» cut at the particle', () => {
    expect(who('Премьер-министр Бельгии Люк де Смедт заявил в пятницу, что налог на топливо не изменится.'))
      .toEqual(['Люк де Смедт (person)']);
  });

  it('«Де Surname» where the text prints the full name only in the genitive, «Name-а де Surname-а» → in the nominative', () => {
    const text = 'Заголовок\n\nКлуб уволил главного тренера Бернара де Вильмена. Де Вильмен сказал, что ни о чем не жалеет.';
    expect(who(text)).toEqual(['Бернар де Вильмен (person)']);
  });

  it('a capitalised French particle inside the name, «Name Ле Surname», is kept', () => {
    expect(who('Мэр Нанта Ален Ле Гофф сообщил, что трамвай запустят весной.')).toEqual(['Ален Ле Гофф (person)']);
  });

  it('a place\'s genitive before a Vietnamese family name, «президент Вьетнама Ле Name», is no first name (guard)', () => {
    expect(who('Президент Вьетнама Ле Тхань Лонг заявил, что экспорт риса вырастет.')).not.toContain('Вьетнама Ле Тхань Лонг (person)');
  });

  it('a Chinese family name «Ван» first, «министр Ван Цзюнь», is read as before (guard)', () => {
    expect(who('Министр торговли Китая Ван Цзюнь заявил, что пошлины снизят.')).toEqual(['Ван Цзюнь (person)']);
  });
});

describe('Russian: a post in the instrumental before «стал» (russian.ts mentionsIn)', () => {
  it('«Главным докладчиком стал профессор … Name», then «По его словам, …» → that professor', () => {
    const text = 'Заголовок\n\nГлавным докладчиком семинара стал профессор Лейденского университета Виллем ван Дамме. '
      + 'По его словам, каналы города придется углубить.';
    expect(who(text)).toEqual(['Виллем ван Дамме (person)']);
  });
});

describe('Russian: a foreign body\'s name in Latin letters (russian-latin-body-name.ts, russian.ts)', () => {
  it('«Газета The Name сообщает, что …» → the paper, a body', () => {
    expect(who('Газета The Courier сообщает, что форвардом интересуется «Лидс».')).toEqual(['The Courier (organisation)']);
  });

  it('«Член Европарламента Name Surname» in Latin letters is still a person (guard)', () => {
    expect(who('Член Европарламента Helen Carrick заявила, что бюджет надо пересмотреть.')).toEqual(['Helen Carrick (person)']);
  });

  it('«Глава подразделения Latin Latin в странах Балтии Name Surname сообщил» → the person, not the unit', () => {
    expect(who('Глава подразделения Nordic Rail в странах Балтии Йонас Петрайтис сообщил, что поезда пойдут чаще.'))
      .toEqual(['Йонас Петрайтис (person)']);
  });

  it('a full name before a preposition, «Name Surname в интервью …», still ends the phrase (guard)', () => {
    expect(who('Эрик Ланге в интервью радио сообщил, что уходит из команды.')).toEqual(['Эрик Ланге (person)']);
  });

  it('«Как пишет Latin, …. По данным издания, …» → the outlet both times', () => {
    const text = 'Заголовок\n\nКак пишет Corriere Sportivo, тренер останется до лета. По данным издания, контракт продлят на год.';
    expect(who(text)).toEqual(['Corriere Sportivo (organisation)', 'Corriere Sportivo (organisation)']);
  });
});

describe('Russian: a word for one of a nation as a role (russian-demonym-role.ts)', () => {
  const text = 'Заголовок\n\nОтставку прокомментировал капитан команды, ирландский защитник Шон Дойл. По словам Дойла, виноваты игроки. '
    + 'Сам Марко Риччи сказал, что ни о чем не жалеет. «Мы его подвели», — признался ирландец.';
  it('«— признался ирландец» after «ирландский защитник Name Surname» and another speaker → the Irishman', () => {
    expect(who(text)).toEqual(['Шон Дойл (person)', 'Марко Риччи (person)', 'Шон Дойл (person)']);
  });

  it('a nation the text gives nobody\'s adjective, «— признался итальянец», is read as before (guard)', () => {
    const other = text.replace('признался ирландец', 'признался итальянец');
    expect(who(other)).toEqual(['Шон Дойл (person)', 'Марко Риччи (person)', 'Марко Риччи (person)']);
  });
});
