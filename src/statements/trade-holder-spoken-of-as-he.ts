// "Scattery Island ferry operator Gerard Rynne said his boat would be taken out of the water": a trade one person may run
// ("operator", "supplier", "producer" …, speaker-phrase.ts's PERSON_TRADES) before two capitalised words reads as a
// business named after its kind ("ferry operator Kestrel Lines") when the lists do not know the first word as a given
// name. What the text then says of the name decides: "he" / "she" / "his" / "her" right after its verb is a person's way
// of speaking (referredToAsBody's person test), as "it" / "its" is a body's; so the name is that person's, the trade their
// post (forty-third session, test-61 w14).
// ("Water taxi operator Jean-Marc Name said he …": a given name of two joined with a hyphen, each capitalised, is one too;
// forty-fifth session, ninth English speaker probe.)
// Guards: the phrase ends in the trade word and exactly two capitalised words, the last no body's word (BODY_NAME_ENDS,
// "Kestrel Lines", "Harbour Energy"); the pronoun within two words after the name, right after its verb.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

const TRADES = 'operator|supplier|provider|maker|producer|developer|exporter|importer|miner|publisher|processor';

/** The two name words when `printed` is "… <trade> Name Surname" and the text speaks of that name as "he" / "she". */
export function tradeHolderSpokenOfAsPerson(text: string, printed: string, bodyEnds: ReadonlySet<string>): string[] | null {
  const m = new RegExp(`(?:^|\\s)(?:${TRADES})\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+(\\p{Lu}[\\p{Ll}'\u2019-]+)$`, 'u').exec(printed.trim());
  if (!m || bodyEnds.has(m[2]!.toLowerCase()) || bodyEnds.has(m[1]!.toLowerCase())) return null;
  const name = `${escapeRegExp(m[1]!)}\\s+${escapeRegExp(m[2]!)}`;
  const asPerson = new RegExp(`(?<![\\p{L}])${name}(?:\\s+\\p{Ll}+){1,2}\\s+(?:that\\s+)?(?:he|she|his|her)\\s`, 'u');
  return asPerson.test(text) ? [m[1]!, m[2]!] : null;
}
