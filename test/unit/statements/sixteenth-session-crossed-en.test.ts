// English attribution shapes crossed in one sentence (sixteenth session, issue #13): subject forms × frames × clause
// shapes from a throwaway generator; each gap became one general rule. Made-up sentences, in none of the fixture parts.
// Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('"in an interview with <outlet>", "in a statement to <outlet>" after the verb at the sentence end', () => {
  for (const after of ['in an interview with the Guardian', 'in an interview with Reuters', 'in a telephone interview with The New York Times', 'in an interview with reporters']) {
    it(`"…, John Carter said ${after}": found`, () => {
      expect(found(`Prices would rise again in the spring, John Carter said ${after}.`)).toEqual([
        ['indirect', 'John Carter', 'Prices would rise again in the spring'],
      ]);
    });
  }

  it('guard: "…, John Carter said in a statement to the BBC": found', () => {
    expect(found('Prices would rise again in the spring, John Carter said in a statement to the BBC.')).toEqual([
      ['indirect', 'John Carter', 'Prices would rise again in the spring'],
    ]);
  });

  it('guard: "said in an interview with the Guardian that …": the clause after "that"', () => {
    expect(found('The Met Office said in an interview with the Guardian that there was no risk to the public.')).toEqual([
      ['indirect', 'Met Office', 'there was no risk to the public'],
    ]);
  });
});

describe('"on condition of anonymity" after the verb at the sentence end', () => {
  for (const after of ['on condition of anonymity', 'on the condition of anonymity', 'on condition of not being named', 'on condition they not be named', 'on condition she not be identified']) {
    it(`"…, one official said ${after}": found, unnamed`, () => {
      expect(found(`There was no risk to the public, one official said ${after}.`)).toEqual([
        ['indirect', 'anonymous', 'There was no risk to the public'],
      ]);
    });
  }

  it('guard: "said on condition of anonymity that …": the clause after "that"', () => {
    expect(found('Two officials said on condition of anonymity that 40 flights had been cancelled.')).toEqual([
      ['indirect', 'anonymous', '40 flights had been cancelled'],
    ]);
  });

  it('guard: "…, one official said, speaking on condition of anonymity": found, unnamed', () => {
    expect(found('There was no risk to the public, one official said, speaking on condition of anonymity.')).toEqual([
      ['indirect', 'anonymous', 'There was no risk to the public'],
    ]);
  });
});

describe('"…, Name, 45, said" / "…, Name, the mayor of Leeds, said": a name and its age or post between commas after the clause', () => {
  for (const [who, speaker] of [['Mary Ross, 45,', 'Mary Ross'], ['John Carter, the mayor of Leeds,', 'John Carter'], ['Anna Weiss, a teacher at the school,', 'Anna Weiss'], ['Tom Hale, chief executive of Harbour Bank,', 'Tom Hale']] as const) {
    for (const verb of ['said', 'said on Monday', 'added', 'wrote on Facebook']) {
      it(`"…, ${who} ${verb}": found, the name`, () => {
        expect(found(`40 flights had been cancelled since Monday, ${who} ${verb}.`)).toEqual([
          ['indirect', speaker, '40 flights had been cancelled since Monday'],
        ]);
      });
    }
  }

  it('"…, the mayor of Leeds, John Carter, said": the name, and the post is no part of what is said', () => {
    expect(found('There was no risk to the public, the mayor of Leeds, John Carter, said.')).toEqual([
      ['indirect', 'John Carter', 'There was no risk to the public'],
    ]);
  });

  it('guard: "…, Harbour Bank, the lender, said": not a person\'s name, left as it was', () => {
    expect(found('There was no risk to the public, Harbour Bank, the lender, said.').map((s) => s[1])).not.toContain('Harbour Bank');
  });
});

describe('"two days ago" after the verb at the sentence end', () => {
  for (const after of ['two days ago', 'a week ago', '10 days ago', 'several months ago', 'a few hours ago']) {
    it(`"…, the Met Office said ${after}": found`, () => {
      expect(found(`There was no risk to the public, the Met Office said ${after}.`)).toEqual([
        ['indirect', 'Met Office', 'There was no risk to the public'],
      ]);
    });
  }

  it('"said two days ago that …": the clause after "that"', () => {
    expect(found('John Carter said two days ago that prices would rise again in the spring.')).toEqual([
      ['indirect', 'John Carter', 'prices would rise again in the spring'],
    ]);
  });
});

describe('"in a letter to residents", "in an email to staff" after the verb at the sentence end', () => {
  for (const after of ['in a letter to residents', 'in an email to staff', 'in a note to its clients', 'in a message to shareholders']) {
    it(`"…, Kestrel Mutual said ${after}": found`, () => {
      expect(found(`There was no risk to the public, Kestrel Mutual said ${after}.`)).toEqual([
        ['indirect', 'Kestrel Mutual', 'There was no risk to the public'],
      ]);
    });
  }

  it('guard: "said in a letter to the Home Secretary": found', () => {
    expect(found('There was no risk to the public, Kestrel Mutual said in a letter to the Home Secretary.')).toEqual([
      ['indirect', 'Kestrel Mutual', 'There was no risk to the public'],
    ]);
  });
});

describe('"…, Name, 45, from Leeds, said": a hometown after the age, after the clause', () => {
  for (const verb of ['said', 'said on Monday', 'added', 'said in a statement']) {
    it(`"…, Mary Ross, 45, from Leeds, ${verb}": found, the name`, () => {
      expect(found(`Prices would rise again in the spring, Mary Ross, 45, from Leeds, ${verb}.`)).toEqual([
        ['indirect', 'Mary Ross', 'Prices would rise again in the spring'],
      ]);
    });
  }

  it('guard: "Mary Ross, 45, from Leeds, said …" before the clause: the name', () => {
    expect(found('Mary Ross, 45, from Leeds, said prices would rise again in the spring.')).toEqual([
      ['indirect', 'Mary Ross', 'prices would rise again in the spring'],
    ]);
  });
});

describe('"…, Name, 45, told the BBC": the listener after "told" is no speaker', () => {
  for (const [who, speaker] of [['Mary Ross, 45,', 'Mary Ross'], ['John Carter, the mayor of Leeds,', 'John Carter'], ['the mayor of Leeds, John Carter,', 'John Carter']] as const) {
    for (const after of ['told the BBC', 'told reporters in Leeds', 'told the BBC on Tuesday']) {
      it(`"…, ${who} ${after}": found, the name`, () => {
        expect(found(`There was no risk to the public, ${who} ${after}.`)).toEqual([
          ['indirect', speaker, 'There was no risk to the public'],
        ]);
      });
    }
  }

  it('guard: "…, John Carter told the BBC": found, the name', () => {
    expect(found('There was no risk to the public, John Carter told the BBC.')).toEqual([
      ['indirect', 'John Carter', 'There was no risk to the public'],
    ]);
  });
});
