// "Consulting engineer Baird Lomax Partnership, which carried out the survey, said": a lower-case word for a trade before
// capitalised words ending in a firm's word ("Partnership", "Associates", "Consulting") is a firm described by what it
// does, not a person with a post. Kept narrow: three name words or more, the first no given name, and the last word never
// a surname's spelling ("Power", "Cross", "Bank" are), so "engineer Michael Power" stays a person.
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { givenNameGender } from './given-names.ts';

/** Firm's words that are no one's surname. */
const FIRM_ENDS = new Set(['partnership', 'partners', 'associates', 'consulting', 'consultants', 'engineering', 'holdings',
  'group', 'ltd', 'limited', 'plc', 'inc', 'llp', 'llc', 'gmbh', 'contractors', 'builders', 'developments', 'solutions']);

/** The phrase as the firm, when `phrase` is a trade word's post before a firm's name; else the phrase unchanged. */
export function firmDescribedByTrade(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!phrase || (phrase.kind !== 'title' && phrase.kind !== 'name')) return phrase;
  const name = phrase.name;
  if (phrase.roles.length === 0 || name.length < 3 || !FIRM_ENDS.has(name.at(-1)!.toLowerCase())) return phrase;
  if (givenNameGender(name.join(' ')) !== null) return phrase;
  return { kind: 'organisation', body: name.join(' '), name: [], roles: [], qualifier: null, start: phrase.start, end: phrase.end };
}
