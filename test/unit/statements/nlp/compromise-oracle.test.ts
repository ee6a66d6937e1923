// The NLP oracle (issue #13): compromise telling a person from a body or a place,
// on sentences written for this test (in no annotated part), and the extractor
// with and without it.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../../src/statements/extract.ts';
import { CompromiseReading, compromiseOracle } from '../../../../src/statements/nlp/compromise-oracle.ts';
import type { NlpOracle } from '../../../../src/statements/nlp/oracle.ts';
import { buildPersonDirectory } from '../../../../src/statements/people.ts';

/** The kind the oracle gives the first occurrence of `words` in `text`. */
function kindOf(text: string, words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return compromiseOracle.read(text).entityKind(start, start + words.length);
}

/** compromise's oracle, recording what the extractor asks it. */
function recording(): { oracle: NlpOracle; asked: string[] } {
  const asked: string[] = [];
  const oracle: NlpOracle = {
    name: 'recording',
    read: (text) => {
      const reading = compromiseOracle.read(text);
      return { entityKind: (start, end) => { asked.push(text.slice(start, end)); return reading.entityKind(start, end); } };
    },
  };
  return { oracle, asked };
}

// Whichever test runs first loads compromise: seconds on a busy machine.
describe('compromise oracle: persons, bodies and places', { timeout: 60_000 }, () => {
  it('reads a body, a person and a place in one paragraph', () => {
    const text = 'According to Transparency International, the tender favoured firms close to Marta Kowal, a deputy mayor of Geneva.';
    expect(kindOf(text, 'Transparency International')).toBe('organisation');
    expect(kindOf(text, 'Marta Kowal')).toBe('person');
    expect(kindOf(text, 'Geneva')).toBe('place');
  });

  it('answers null for words it has no name tag for, for spans out of the text, and for Russian text', () => {
    const text = 'The tender favoured firms close to the mayor.';
    expect(kindOf(text, 'tender')).toBeNull();
    expect(compromiseOracle.read(text).entityKind(40, 400)).toBeNull();
    const russian = 'По данным Transparency International, тендер был нечестным.';
    expect(kindOf(russian, 'Transparency International')).toBeNull();
  });

  it('tags a line on the first question about it and keeps the answer for the next one', () => {
    const text = 'Goldman Sachs expects two rate cuts.\nMaria Bondar, a trader in Kyiv, disagreed.';
    const reading = new CompromiseReading(text);
    const second = text.indexOf('Maria');
    expect(reading.entityKind(second, second + 'Maria Bondar'.length)).toBe('person');
    expect(reading.entityKind(second, second + 'Maria Bondar'.length)).toBe('person');
    expect(reading.entityKind(0, 'Goldman Sachs'.length)).toBe('organisation');
  });
});

describe('statements with and without the NLP oracle', { timeout: 60_000 }, () => {
  it('a body the rules take for a person speaks as an organisation with the oracle', () => {
    const text = 'According to Goldman Sachs, the central bank will cut rates twice before the end of next year.';
    const [rules] = extractStatements(text);
    const [withLibrary] = extractStatements(text, { nlp: compromiseOracle });
    expect(rules).toMatchObject({ kind: 'indirect', speaker: 'Goldman Sachs', speakerKind: 'person' });
    expect(withLibrary).toMatchObject({ kind: 'indirect', speaker: 'Goldman Sachs', speakerKind: 'organisation' });
    expect(withLibrary!.text).toBe(rules!.text);
  });

  it('a place quoted as a speaker becomes an organisation', () => {
    const text = 'According to Mexico City, the water supply to the eastern districts will be cut for three days.';
    // (The rules alone read it as a body too since the fifth session: "City" is a body word, as in "the city said".)
    expect(extractStatements(text)[0]?.speakerKind).toBe('organisation');
    expect(extractStatements(text, { nlp: compromiseOracle })[0]).toMatchObject({ speaker: 'Mexico City', speakerKind: 'organisation' });
  });

  it('the rules win for a person the texts name, whatever the library says', () => {
    // compromise does not know the first name and takes "Nuno Lisbon" for the city; the directory
    // knows him as a minister.
    const people = buildPersonDirectory(['Portuguese Economy Minister Nuno Lisbon arrived in Madrid on Sunday.']);
    const text = 'According to Nuno Lisbon, the border crossings will reopen on Monday morning.';
    expect(kindOf(text, 'Nuno Lisbon')).toBe('place');
    expect(extractStatements(text, { people, nlp: compromiseOracle })[0]).toMatchObject({ speaker: 'Nuno Lisbon', speakerKind: 'person' });
    // Without anyone naming him, the library decides, wrongly here: the limit of its reading.
    expect(extractStatements(text, { nlp: compromiseOracle })[0]).toMatchObject({ speaker: 'Nuno Lisbon', speakerKind: 'organisation' });
  });

  it('asks nothing about a titled speaker, and gives the same statements as the rules then', () => {
    const text = 'Interior Minister Jonas Berg said the checkpoints would stay until the spring. "We will not relax now," Berg told reporters.';
    const { oracle, asked } = recording();
    expect(extractStatements(text, { nlp: oracle })).toEqual(extractStatements(text));
    expect(asked).toEqual([]);
  });

  it('a text with no statement asks nothing', () => {
    const { oracle, asked } = recording();
    expect(extractStatements('Subscribe\nNewsfeed\nAmnesty International\n', { nlp: oracle })).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('Russian text is left to the rules', () => {
    const text = 'По словам Transparency International, тендер был проведён с нарушениями, сообщил представитель организации.';
    expect(extractStatements(text, { nlp: compromiseOracle })).toEqual(extractStatements(text));
  });
});
