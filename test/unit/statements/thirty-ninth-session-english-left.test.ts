// The thirty-ninth session's English misses left in dev and the read parts: the shapes taken, in fresh words and invented
// names (none of the fixtures' sentences). Each case failed on the rules before the change but the guards (marked so),
// which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');
const partials = (text: string) => found(text).filter((s) => s[0] === 'partial');

describe('English: a lead closed by ", <one who decides> has ruled." (ruling-at-end.ts, attribution.ts)', () => {
  it('"…, the Traffic Commissioner for Scotland has ruled." is the commissioner\'s decision, named in the next sentence', () => {
    expect(clauses('Ferry firm loses licence\n\nA ferry company that served four Orkney islands must stop sailing from March 3, the Traffic Commissioner for Scotland has ruled.\n\nIn his written decision, Traffic Commissioner Duncan Ferrier said Skerry Ferries had ignored repeated warnings.')).toEqual([
      ['indirect', 'Duncan Ferrier', 'person', 'A ferry company that served four Orkney islands must stop sailing from March 3'],
      ['indirect', 'Duncan Ferrier', 'person', 'Skerry Ferries had ignored repeated warnings'],
    ]);
  });

  it('"…, a planning inspector has ruled, overturning …" ends the clause before the inspector', () => {
    expect(clauses('Lodges approved\n\nNine holiday lodges can be built beside the Tarn estate, a planning inspector has ruled, overturning Fellside Council\'s refusal.').map((s) => s[3])).toEqual([
      'Nine holiday lodges can be built beside the Tarn estate',
    ]);
  });

  it('"…, <Name> Council\'s licensing sub-committee has ruled." is the body\'s', () => {
    expect(clauses('Bar keeps licence\n\nA harbour bar may keep its licence but must shut its terrace at 10pm, Dunmore Borough Council\'s licensing sub-committee has ruled.')).toEqual([
      ['indirect', "Dunmore Borough Council's licensing sub-committee", 'organisation', 'A harbour bar may keep its licence but must shut its terrace at 10pm'],
    ]);
  });

  it('"…, an employment tribunal ruled." in the past is the tribunal\'s', () => {
    expect(clauses('Cook wins claim\n\nA pastry cook who was dismissed for refusing a night shift was treated unfairly, an employment tribunal ruled.').map((s) => [s[1], s[2]])).toEqual([
      ['an employment tribunal', 'organisation'],
    ]);
  });

  it('guard: "…, the minister has ruled." is no ruling (not one who decides a case)', () => {
    expect(clauses('Bridge\n\nThe old bridge will stay closed to lorries until spring, the minister has ruled.')).toEqual([]);
  });

  it('guard: "has ruled out" is no closing verb', () => {
    expect(clauses('Transfer\n\nThe Brackley club has ruled out a move for the striker, the manager said.').map((s) => s[3])).toEqual([
      'The Brackley club has ruled out a move for the striker',
    ]);
  });

  // (Forty-fourth session: the one of dev's four annotated is a tribunal's, d1298, the three left courts'; a body's "ruled
  // that" is now read, ruled-that-by-body.ts, so this guard names a court, as it was meant to keep.)
  it('guard: "A county court has ruled that …" before its clause is left as it was (dev annotates no court\'s: d1124, d159, d444)', () => {
    expect(clauses('Claim\n\nA county court has ruled that a courier firm owed its riders holiday pay.')).toEqual([]);
  });
});

describe('English: "by a neighbour after what she described as "…"" (describer-after-unnamed-agent.ts, extract.ts)', () => {
  it('the label is the unnamed agent\'s, not the body that spoke last', () => {
    expect(partials('Pub told to shut garden\n\nA pub can keep its licence but must close its garden at 9pm, the town council said.\n\nThe review was asked for by a neighbour after what she described as "years of shouting at night".')).toEqual([
      ['partial', 'anonymous', 'anonymous', 'years of shouting at night'],
    ]);
  });

  it('"from a resident over what he called "…"" the same', () => {
    expect(partials('Depot\n\nThe depot will open in May, the bus company said.\n\nThe complaint came from a resident over what he called "a wall of diesel fumes".')).toEqual([
      ['partial', 'anonymous', 'anonymous', 'a wall of diesel fumes'],
    ]);
  });

  it('guard: a named agent is left to the pronoun\'s reading', () => {
    expect(partials('Depot\n\nThe complaint was made by Janet Horrocks after what she called "a wall of diesel fumes".').map((s) => s[3])).toEqual(['a wall of diesel fumes']);
  });
});
