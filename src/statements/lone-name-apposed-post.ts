// A lone name the text sets before ", the <description> <a word for a person>": "Barbecue was led by Renzo, the one-name
// pitmaster from Leeds, …" and then "…," Renzo said": a performer, cook or artist known by one name is a person, not a
// body, though the sentence that quotes him describes nothing. The resolver otherwise reads a lone unknown word as a
// body's name ("Ruritania announced").
// Guards: the head is a word for a person (isPersonNoun) and no word for a body or for a business's standing towards
// another ("Lufthansa, the airport's largest customer", "Ocado, the online grocer's supplier"); no possessive and no
// preposition among the description's words before the head; at most four words before it; the name printed there
// capitalised, once.
import { BODY_KINDS } from './speaker-phrase.ts';
import { isPersonNoun, ORGANISATION_HEADS } from './vocabulary.ts';

/** Words for a business's or body's standing towards another, which end like words for people ("customer", "sponsor"). */
const STANDING = new Set(['customer', 'client', 'sponsor', 'owner', 'employer', 'contractor', 'subcontractor', 'landlord',
  'tenant', 'buyer', 'seller', 'partner', 'member', 'shareholder', 'investor', 'competitor', 'rival', 'bidder', 'acquirer',
  'distributor', 'wholesaler', 'grocer', 'caterer', 'builder', 'brewer', 'distiller', 'trader', 'dealer', 'vendor',
  'licensee', 'franchisee', 'franchisor', 'creditor', 'debtor', 'guarantor', 'underwriter', 'administrator', 'liquidator',
  'receiver', 'successor', 'predecessor', 'parent', 'subsidiary', 'affiliate', 'ancestor', 'organiser',
  'organizer', 'promoter', 'funder', 'donor', 'backer', 'champion', 'leader', 'pioneer', 'winner', 'runner']);

const PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'on', 'to', 'by', 'with', 'from', 'and', 'or']);

/** Whether `word` (a lone capitalised name) is printed anywhere as ", the [words] <person noun>" right after it. */
export function loneNameApposedToPersonNoun(text: string, word: string): boolean {
  const w = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const re = new RegExp(`(?<![\\p{L}'\\u2019-])${w},\\s+the\\s+((?:[\\p{Ll}-]+\\s+){0,4})([\\p{Ll}-]+)(?=,|\\s+(?:from|who|whose)\\s)`, 'gu');
  for (const m of text.matchAll(re)) {
    const before = m[1]!.trim().split(/\s+/u).filter((x) => x !== '');
    const head = m[2]!;
    if (before.some((x) => PREPOSITIONS.has(x) || /['\u2019]s?$/u.test(x))) continue;
    if (!isPersonNoun(head) || BODY_KINDS.has(head) || ORGANISATION_HEADS.has(head) || STANDING.has(head)) continue;
    return true;
  }
  return false;
}
