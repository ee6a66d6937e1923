// Forms test-20's misses showed when the seventeenth session read it (issue #13; dev d900–d902, d910, d911), one kind
// at a time, on made-up bodies, people and sentences that are in none of the fixture parts. Each case failed on the
// rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a word of time or manner between the subject and its verb', () => {
  it('"The X Agency yesterday announced that …": the agency, the clause found', () => {
    const text = 'The Coastal Roads Agency yesterday announced that the ferry ramp at Port Elwin would close for repairs.';
    expect(found(text)).toEqual([['indirect', 'Coastal Roads Agency', 'the ferry ramp at Port Elwin would close for repairs']]);
  });

  it('"Officials now say it will …": an unnamed source, the clause found', () => {
    const text = 'Work on the bypass stopped in May, and officials now say it will not reopen before 2028.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'it will not reopen before 2028']]);
  });

  it('"Shipping officials privately concede that …": the same', () => {
    const text = 'Shipping officials privately concede that the new quota could be eased after the spring survey.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the new quota could be eased after the spring survey']]);
  });
});

describe('"Several said" after a group the text describes', () => {
  it('"Several said …": more of the group, unnamed', () => {
    const text = 'Stallholders at the market were not surprised. Several said they had expected the rent rise since spring.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'they had expected the rent rise since spring']]);
  });

  it('"but several countries ignored it, saying …": a group\u2019s words cut by a participle stay the group (guard)', () => {
    const text = 'He pushed the plan hard, but several countries ignored it, saying that it lacked detail.';
    expect(found(text)).toEqual([['indirect', 'several countries', 'it lacked detail']]);
  });
});

describe('a judge or counsel "for" the bench\u2019s share or a party, between the verb and "that"', () => {
  it('"Judge X wrote for the majority that …": the judge', () => {
    const text = 'Judge Laura Brennick wrote for the majority that the county had no duty to plough private lanes.';
    expect(found(text)).toEqual([['indirect', 'Laura Brennick', 'the county had no duty to plough private lanes']]);
  });

  it('"Justice X wrote for a 5-4 majority that …": the same with the split', () => {
    const text = 'Justice Omar Haddad wrote for a 5-4 majority that the levy was a tax and not a fee.';
    expect(found(text)).toEqual([['indirect', 'Omar Haddad', 'the levy was a tax and not a fee']]);
  });

  it('"Name had argued for the state that …": counsel for a party', () => {
    const text = 'Solicitor General Dana Whitlow had argued for the state that the fee covered only the cost of inspections.';
    expect(found(text)).toEqual([['indirect', 'Dana Whitlow', 'the fee covered only the cost of inspections']]);
  });
});

describe('"the canton", "the prefecture": a place\u2019s government, as "the county" is', () => {
  it('"The canton said in a statement that …": the canton the text names', () => {
    const text = 'A landslide has closed the pass road in the canton of Uri. The canton said in a statement that the road would stay shut until Friday.';
    expect(found(text)).toEqual([['indirect', 'Uri', 'the road would stay shut until Friday']]);
  });

  it('"…, according to the prefecture.": the clause found, given to the prefecture', () => {
    const text = 'About 300 homes were without water on Sunday, according to the prefecture.';
    expect(found(text)).toEqual([['indirect', 'prefecture', 'About 300 homes were without water on Sunday']]);
  });
});

describe('"the canton" in a text that names only a town in it', () => {
  it('"Residents of Ried …" then "The canton said": the canton, not the town (its people are no canton\u2019s)', () => {
    const text = 'Residents of Ried were told to leave on Sunday. The canton said that the slope had moved two metres overnight.';
    expect(found(text)).toEqual([['indirect', 'canton', 'the slope had moved two metres overnight']]);
  });
});

describe('«В отзыве …», «В петиции …»: a reply on a bill and a petition as documents', () => {
  it('«В отзыве правительства отмечается, что …»: the government\u2019s reply, the clause found', () => {
    const text = 'В отзыве правительства отмечается, что поправки к закону о рыболовстве требуют финансового обоснования.';
    expect(found(text)).toEqual([['indirect', 'правительство', 'поправки к закону о рыболовстве требуют финансового обоснования']]);
  });

  it('«В петиции говорится, что …» after people not named signed it: an unnamed source', () => {
    const text = 'Жители Заозерья собрали 800 подписей против закрытия почты. В петиции говорится, что ближайшее отделение находится в 14 километрах.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'ближайшее отделение находится в 14 километрах']]);
  });
});
