// The thirty-third session: last session's dev misses left (d1561, d1563, d1564), in fresh words and invented names (none
// of the fixtures' sentences). Each case failed on the rules before the change but the guards (marked so), which pass on
// both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');
const speakers = (text: string) => found(text).map((s) => s[1]);

describe('English: a name described in apposition by a kind word, then "the <kind> said" (name-apposed-with-kind.ts)', () => {
  it('"<Name>, a consultancy that …, said …. The consultancy said" is the name', () => {
    expect(clauses('Fares up again\n\nRidgeway Metrics, a consultancy that studies rail fares, said in a note that fares rose by 9 per cent. The consultancy said season tickets rose fastest.')).toEqual([
      ['indirect', 'Ridgeway Metrics', 'organisation', 'fares rose by 9 per cent'],
      ['indirect', 'Ridgeway Metrics', 'organisation', 'season tickets rose fastest'],
    ]);
  });

  it('"<Name>, an analytics firm …" then "The analytics firm said" past the story\'s business', () => {
    expect(speakers('Dairy cuts price\n\nOrmond Dairies will pay farmers less from June, the company said.\n\nBrackley Data, an analytics firm that tracks prices, said farmers were paid less than elsewhere. The analytics firm said the gap had grown.')).toEqual([
      'Ormond Dairies', 'Brackley Data', 'Brackley Data',
    ]);
  });

  it('guard: "The company said" after the outfit is still the story\'s business (research-outfit.ts)', () => {
    expect(speakers('Dairy cuts price\n\nOrmond Dairies will pay farmers less from June, the company said.\n\nBrackley Data, a consultancy that tracks prices, said farmers were paid less than elsewhere. The company said the price would be reviewed.')).toEqual([
      'Ormond Dairies', 'Brackley Data', 'Ormond Dairies',
    ]);
  });
});

describe('English: a business printed only in the plural possessive (business-in-plural-possessive.ts)', () => {
  it('the lead\'s "the company said" after "<Name> Coaches\' Hatfield garage"', () => {
    expect(clauses('Coach drivers strike\n\nDrivers at Amberline Coaches\' Hatfield garage walked out on Friday.\n\nThe strike will cancel 40 school runs, the company said.')).toEqual([
      ['indirect', 'Amberline Coaches', 'organisation', 'The strike will cancel 40 school runs'],
    ]);
  });

  it('"The company said" after a consultancy spoke is that business', () => {
    expect(speakers('Bakery shuts ovens\n\nStaff at Corrie Bakers\' Leith plant were told of the closure on Monday.\n\nQuarry Lane Research, a consultancy that follows food prices, said flour costs had doubled. The company said it had tried to find a buyer.')).toEqual([
      'Quarry Lane Research', 'Corrie Bakers',
    ]);
  });

  it('guard: a union whose name holds the possessive is no business ("Farmers\' Union of …")', () => {
    expect(clauses('Vote\n\nMembers of the Hill Farmers\' Union of Mourne voted on Monday.\n\nThe ballot closes in May, the company said.').map((s) => s[1])).not.toContain('Hill Farmers');
  });

  it('guard: people named by what they are ("Old Quay Residents\' gardens") are no business', () => {
    expect(clauses('Gardens flooded\n\nThe Old Quay Residents\' gardens flooded on Monday.\n\nRepairs will take a month, the company said.').map((s) => s[1])).not.toContain('Old Quay Residents');
  });
});

describe('English: "the husband" / "the wife" of a couple the text never names (relative-of-unnamed-group.ts; was unnamed-couple-spouse.ts)', () => {
  it('"The couple who …" then "the wife said" is an unnamed source', () => {
    expect(found('Chip shop closes\n\nThe couple who have run the Harbour Fryer since 1996 will close it on Friday.\n\nGale Partners, a consultancy, said rents in the town rose sharply.\n\n"We fried our last cod on a Tuesday," the wife said.')).toEqual([
      ['indirect', 'Gale Partners', 'organisation', 'rents in the town rose sharply'],
      ['direct', 'anonymous', 'anonymous', 'We fried our last cod on a Tuesday'],
    ]);
  });

  it('"The husband said" before someone else\'s husband is named is unnamed too', () => {
    expect(speakers('Shop sold\n\nThe pair who ran the corner shop sold it in May. The husband said trade had fallen.\n\nMoira Kent, who runs the post office, said she would miss them. Her husband, Ross Kent, said the street was quieter.')).toEqual([
      'anonymous', 'Moira Kent', 'Ross Kent',
    ]);
  });

  it('guard: a couple named together keeps "her husband" for the other (couple-named-together.ts)', () => {
    expect(speakers('Farm sold\n\nLeila and Owen Trask sold their farm in May. Leila Trask said it was time. Her husband said he would miss the cows.')).toEqual([
      'Leila Trask', 'Owen Trask',
    ]);
  });

  it('guard: with no couple or pair in the text "the husband said" is not made unnamed by this rule', () => {
    expect(speakers('Fire\n\nA fire broke out on Monday. Jo Reid, 40, said the smoke was thick. "We ran," the husband said.')).not.toContain('anonymous');
  });
});

describe('Russian: a joined source\'s aside inside a sentence (russian-joined-source-aside.ts)', () => {
  it('«…, однако, по словам тренера, …» after the coach is named: what follows the aside is the coach\'s', () => {
    expect(clauses('Поражение\n\nГлавный тренер «Сокола» Игорь Дымов сказал, что команда устала. Вратарь Лунин пропустил две шайбы, однако, по словам тренера, его вины в этом нет.')).toEqual([
      ['indirect', 'Игорь Дымов', 'person', 'команда устала'],
      ['indirect', 'Игорь Дымов', 'person', 'его вины в этом нет'],
    ]);
  });

  it('«Name пояснила, что …, но, по ее словам, …»: two clauses, the first ending before the joining word', () => {
    expect(clauses('Ремонт школы\n\nДиректор школы Вера Сомова пояснила, что крыша протекает уже год, но, по ее словам, денег на ремонт пока нет.')).toEqual([
      ['indirect', 'Вера Сомова', 'person', 'крыша протекает уже год'],
      ['indirect', 'Вера Сомова', 'person', 'денег на ремонт пока нет'],
    ]);
  });

  it('«…, хотя, по словам <surname>, …» is that one\'s', () => {
    expect(clauses('Матч\n\nНападающий Олег Жуков забил дважды, хотя, по словам Жукова, колено все еще болит.')).toEqual([
      ['indirect', 'Олег Жуков', 'person', 'колено все еще болит'],
    ]);
  });

  it('guard: «…, но по словам …» with no comma after the joining word is read as before (no clause split off)', () => {
    expect(clauses('Матч\n\nНападающий Олег Жуков забил дважды, и это, по словам Жукова, не предел.').map((s) => s[1])).not.toContain('anonymous');
  });
});

describe('Russian: a post of a named body, no holder named (russian-post-of-named-body.ts)', () => {
  it('«По словам начальника районного отдела МВД, …» is an unnamed source', () => {
    expect(clauses('Кража\n\nВ поселке Лесной обокрали склад. По словам начальника районного отдела МВД, воров уже ищут.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'воров уже ищут'],
    ]);
  });

  it('«По словам главного инженера предприятия «Теплосеть», …» is one too, after a named official spoke', () => {
    expect(clauses('Отопление\n\nГлава поселка Анна Рыбина сообщила, что тепло дадут в пятницу. По словам главного инженера предприятия «Теплосеть», трубы уже заменили.')).toEqual([
      ['indirect', 'Анна Рыбина', 'person', 'тепло дадут в пятницу'],
      ['indirect', 'anonymous', 'anonymous', 'трубы уже заменили'],
    ]);
  });

  it('guard: a holder named («начальника отдела Марины Лозы») is that one', () => {
    expect(clauses('Отопление\n\nПо словам начальника отдела Марины Лозы, трубы уже заменили.').map((s) => s[1])).toEqual(['Марина Лоза']);
  });

  it('guard: a holder named after the body\'s quotes («главного врача «Медцентра» Ольги Зиминой») is that one', () => {
    expect(clauses('Больница\n\nПо словам главного врача «Медцентра» Ольги Зиминой, коек хватает.').map((s) => s[1])).toEqual(['Ольга Зимина']);
  });

  it('guard: a representative is read as before («по словам представителя «Name»»: the read parts differ)', () => {
    expect(clauses('Магазины\n\nСеть «Уютный дом» закроет 10 магазинов. По словам представителя «Уютного дома», закроют самые старые.').map((s) => s[1])).not.toContain('anonymous');
  });

  it('guard: a post and a lone surname («тренера Белова») is that one', () => {
    expect(clauses('Матч\n\nПо словам тренера Белова, команда готова.').map((s) => s[1])).toEqual(['Белов']);
  });

  it('guard: the holder of that post of that body named before is not made unnamed', () => {
    expect(clauses('Пожар\n\nНачальник пожарной части МЧС Петр Глухов выехал на место. По словам начальника пожарной части МЧС, огонь потушили за час.').map((s) => s[1])).not.toContain('anonymous');
  });
});
