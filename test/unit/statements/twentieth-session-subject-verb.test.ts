// A person introduced as the subject of a present-tense verb and its object ("Name owns the mill.", "Name chairs the
// trust."), then quoted as "she said" (issue #13; the twentieth session, after the English local round noted the shape).
// The sentence's subject was read as a body's name running on to the object's head ("… owns the mill": a mill) or as
// people ("… chairs": chairs), so the pronoun found nobody. Made-up people and sentences in none of the fixture parts.
// Each case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { sentenceSubject } from '../../../src/statements/attribution.ts';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);
const subjectOf = (sentence: string) => {
  const phrase = sentenceSubject(sentence, 0, sentence.length);
  return phrase ? [phrase.kind, phrase.kind === 'organisation' ? phrase.body : phrase.name.join(' ')] : null;
};

const LEAD = 'Harbour mill reopens\n\nThe old harbour mill reopened on Saturday after two years of repairs. ';

describe('a name, a present-tense verb and its object', () => {
  it('"Name owns the mill." is about the person, not a body called "… the mill"', () => {
    expect(subjectOf('Greta Lindqvist owns the mill.')).toEqual(['name', 'Greta Lindqvist']);
  });

  it('"Name chairs the trust." is about the person, not unnamed "chairs"', () => {
    expect(subjectOf('Greta Lindqvist chairs the harbour trust.')).toEqual(['name', 'Greta Lindqvist']);
  });

  it('a later "she said" is the person: owns, chairs, heads, runs', () => {
    for (const verb of ['owns', 'chairs', 'heads', 'runs']) {
      const text = `${LEAD}Greta Lindqvist ${verb} the mill trust. "This is a good day for the whole harbour," she said.`;
      expect(found(text)).toEqual([['direct', 'Greta Lindqvist', 'This is a good day for the whole harbour']]);
    }
  });

  it('"Bank of the West raised its rates.": a preposition before the determiner keeps the body, the verb is cut off', () => {
    expect(subjectOf('Bank of the West raised its rates.')).toEqual(['organisation', 'Bank of the West']);
  });

  it('"Name welcomed the news": a past-tense verb, read as before (guard)', () => {
    expect(subjectOf('Greta Lindqvist welcomed the news.')).toEqual(['name', 'Greta Lindqvist']);
  });
});
