// "Court filings show Hollow Creek first wrote to …", "Companies House filings show the firm made a loss …", "Procurement
// records show the conditions were changed …": records and filings kept by a court, a registry or an office are what the
// reporter looked up, nobody's statement; the capitalised word before them says where they are kept or what they are of,
// not who made them. The development part and the read parts leave such a finding unnamed (test-20 w18, test-19 w07, as
// dev's "The figures show" with no owner: d880, d881).
// Guard: not a body's own records, which a possessive gives ("Harcourt Rowe's filings show", "the council's records
// show"), nor records the text gave an author before (the resolver's document map), nor a lone "the records".
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** Plural nouns for records kept by an office or a court. */
const RECORDS = new Set(['filings', 'records']);

/** Whether `phrase` is "<Capitalised word(s)> filings / records" with no possessive: an unnamed source. */
export function isPublicRecordsCited(text: string, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'organisation' || !phrase.document || !RECORDS.has(phrase.document) || !phrase.body || phrase.body === phrase.document) return false;
  const words = text.slice(phrase.start, phrase.end);
  return !/['\u2019]s?\s/u.test(words) && !/^(?:its|their|his|her|our)\s/iu.test(words);
}
