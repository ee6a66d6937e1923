// Surnames that are also plurals of bodies ("John Banks", "Ruth Banks"; issue #13, the twentieth session, from a shape the
// English local round noted): "John Banks said" was read as unnamed banks and, with that mended alone, as a body through
// "banks" as a body's head; a later "Banks, who …, said" as unnamed banks again. Made-up people and sentences in none of
// the fixture parts. Each case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

const LEAD = 'Council approves new bridge\n\nThe council voted on Tuesday to fund the bridge over the Ashby river. ';

describe('a given name, then a surname that is also a plural of bodies', () => {
  it('"John Banks said": a person', () => {
    const text = `${LEAD}"We have waited ten years for this," John Banks said.`;
    expect(found(text)).toEqual([['direct', 'John Banks', 'person', 'We have waited ten years for this']]);
  });

  it('then "Banks, who chairs the residents group, said": the same person', () => {
    const text = `${LEAD}"We have waited ten years for this," Ruth Banks said.\n\n`
      + 'Banks, who chairs the residents group, said the work would start in the spring.';
    expect(found(text)).toEqual([
      ['direct', 'Ruth Banks', 'person', 'We have waited ten years for this'],
      ['indirect', 'Ruth Banks', 'person', 'the work would start in the spring'],
    ]);
  });

  it('"Local banks said", "Springfield Public Schools said": unnamed banks and a body, as before (guard)', () => {
    const text = `${LEAD}Local banks said they would lend to the project. Springfield Public Schools said classes would resume.`;
    expect(found(text)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'they would lend to the project'],
      ['indirect', 'Springfield Public Schools', 'organisation', 'classes would resume'],
    ]);
  });
});
