// "About 140 people will lose their jobs when the Norwick Harbour Fisheries plant in Port Lornie closes …, the company told
// workers", "Workers at the Korean-owned Silverleaf Knitwear (Vietnam) factory …" then "the management said": a business
// the text names only by its site, "the <Name> plant / factory / mill / …" anywhere in a sentence (the sentence-opening
// "The <Name> plant" is speaker-resolver.ts's SITE_OPENER_RE). Before, no rule read such a name as a business, so "the
// company" / "the management" stayed a bare word. The last one before the statement.
// Guards: "the" before it, perhaps with lower-case or hyphenated describing words ("the Chinese-owned …"); two to four
// capitalised words, the last a plural that is no place's ("… Seafoods", never "… Falls") or a word businesses end their
// names with ("… Apparel", "… Textiles", "… Foods"), or the name followed by a country in brackets, a local subsidiary's
// mark; so a place's plant, "the Dalby plant", "the Port Kembla plant", is never read as a business.
import { PLACE_PLURALS_RE } from './business-in-plural-possessive.ts';
import { BODY_NAME_ENDS } from './speaker-phrase.ts';

const SITE_WORDS = 'plant|factory|cannery|mill|mine|smelter|refinery|shipyard|warehouse|works|depot|processing\\s+plant';
const NAMED_SITE_RE = new RegExp(
  `(?<![\\p{L}])[Tt]he\\s+(?:\\p{L}+-\\p{Ll}+\\s+|\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){1,3})(\\s+\\(\\p{Lu}\\p{Ll}+\\))?\\s+(?:${SITE_WORDS})\\b`,
  'gu',
);
/** Words that end a maker's name and are no plural ("… Apparel", "… Knitwear"). */
const MAKER_ENDS = new Set(['apparel', 'knitwear', 'garments', 'textiles', 'foods', 'footwear', 'seafood', 'dairy', 'packing', 'packaging']);

/** The business the text last names before `at` by its site only: "the Norwick Harbour Fisheries plant". */
export function businessNamedBySite(text: string, at: number): string | null {
  const names = [...text.slice(0, at).matchAll(NAMED_SITE_RE)].flatMap((m) => {
    const name = m[1]!;
    const last = name.split(/\s+/u).at(-1)!;
    const plural = /^\p{Lu}\p{Ll}+s$/u.test(last) && !PLACE_PLURALS_RE.test(last) && last !== 'Works';
    const maker = MAKER_ENDS.has(last.toLowerCase()) || BODY_NAME_ENDS.has(last.toLowerCase());
    if (!m[2] && !plural && !maker) return [];
    return [m[2] ? `${name}${m[2].replace(/^\s+/u, ' ')}` : name];
  });
  return names.at(-1) ?? null;
}
