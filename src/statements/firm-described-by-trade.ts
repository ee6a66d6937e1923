// "Consulting engineer Baird Lomax Partnership, which carried out the survey, said": a lower-case word for a trade before
// capitalised words ending in a firm's word ("Partnership", "Associates", "Consulting") is a firm described by what it
// does, not a person with a post. Kept narrow: two name words or more (three before the twenty-ninth session; "The property
// manager, Cascade Residential, said" has two), the first no given name, and the last word never a surname's spelling
// ("Power", "Cross", "Bank" are), so "engineer Michael Power" and "manager Ann Holdings" stay people.
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { givenNameGender } from './given-names.ts';

/** Firm's words that are no one's surname. */
const FIRM_ENDS = new Set(['partnership', 'partners', 'associates', 'consulting', 'consultants', 'engineering', 'holdings',
  'group', 'ltd', 'limited', 'plc', 'inc', 'llp', 'llc', 'gmbh', 'contractors', 'builders', 'developments', 'solutions',
  // ("The property manager, Cascade Residential, said": a letting or logistics business's word.)
  'residential', 'properties', 'lettings', 'logistics']);

/** The phrase as the firm, when `phrase` is a trade word's post before a firm's name; else the phrase unchanged. */
export function firmDescribedByTrade(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!phrase || (phrase.kind !== 'title' && phrase.kind !== 'name')) return phrase;
  const name = phrase.name;
  // (Two name words too, "The property manager, Cascade Holdings, said": a post's holder is printed so as well, but no
  // one's surname is a firm's word, and the first word, no given name, is checked below.)
  if (phrase.roles.length === 0 || name.length < 2 || !FIRM_ENDS.has(name.at(-1)!.toLowerCase())) return phrase;
  if (givenNameGender(name.join(' ')) !== null) return phrase;
  return { kind: 'organisation', body: name.join(' '), name: [], roles: [], qualifier: null, start: phrase.start, end: phrase.end };
}
