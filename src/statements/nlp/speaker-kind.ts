// The hook where an NLP library may overrule the hand rules: a speaker phrase
// the rules read as a person's name ("Amnesty International said") that the
// library takes for an organisation or a place becomes a body speaking,
// unless the texts name that person (the directory knows them): there the rules win.
import type { PersonDirectory } from '../people.ts';
import type { SpeakerPhrase } from '../speaker-phrase.ts';
import type { NlpReading } from './oracle.ts';

export function withEntityKind(phrase: SpeakerPhrase, reading: NlpReading | undefined, people: PersonDirectory): SpeakerPhrase {
  if (!reading?.entityKind || phrase.kind !== 'name' || phrase.roles.length > 0) return phrase;
  if (people.findByName(phrase.name)) return phrase;
  const kind = reading.entityKind(phrase.start, phrase.end);
  if (kind !== 'organisation' && kind !== 'place') return phrase;
  return { ...phrase, kind: 'organisation', body: phrase.name.join(' '), name: [] };
}
