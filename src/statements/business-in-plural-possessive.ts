// "Drivers at Calder Valley Buses' Fenbridge depot began a strike …, the company said": a business whose name ends in a
// plural ("… Buses", "… Creameries", "… Brewers") may be printed only in the possessive, its apostrophe after the "s",
// before a lower-case word for what it owns (its depot, plant, yard, estates team). Before, no rule read such a name as a
// business, so the lead's "the company said" became a body "company" (or a headline's capitalised word), and a later "The
// company said" after a consultancy went to the consultancy.
// Guards: two capitalised words or more (a lone "Smiths'" is a family's); a lower-case word after the apostrophe, perhaps
// after a place's one or two capitalised words ("Buses' Fenbridge depot"), and no preposition ("Farmers' Union of Wales"
// names a union, not a business's property); not a name for people by what they are ("Old Town
// Residents' gardens", people-plural-body-name.ts, unless a trade's plural that businesses are named with, "… Brewers"), nor a place's plural ("Eden Falls' pool"); not opening with "The".
import { isPeoplePluralBodyName } from './people-plural-body-name.ts';

// (The name's words on one line: a headline's last word above is no part of it, "Results ¶ Thornbury Mills'".)
const PLURAL_POSSESSIVE_RE = /(?<![\p{L}'\u2019])(\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,3}[^\S\n]+\p{Lu}\p{Ll}+s)['\u2019](?=(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?!(?:of|for|and|in|on|at|to|the|or)\s)\p{Ll})/gu;
/** Plurals that end places' names, not businesses' (business-named-by-its-site.ts reads it too). */
export const PLACE_PLURALS_RE = /^(?:Falls|Springs|Rivers|Hills|Heights|Lakes|Islands|Sands|Downs|Fields|Woods|Plains|Gardens|Oaks|Pines|Rapids|Keys|Mountains|Flats|Meadows|Wells|Ridges|Bluffs|Cliffs|Isles|Dales|Moors)$/u;

/** A trade's plural that names a business as often as its people ("Tenby Hollow Brewers", "Ashby Printers"). */
// ("Atu'u Tuna Packers", "… Canners": a packing or canning plant's plural; forty-second session, test-59 w02, where "the
// company said" went past the cannery's name to a newspaper's.)
export const TRADE_PLURALS: ReadonlySet<string> = new Set(['brewers', 'bakers', 'distillers', 'printers', 'builders', 'butchers', 'jewellers', 'grocers', 'outfitters',
  'hauliers', 'merchants', 'millers', 'stationers', 'roasters', 'vintners', 'furnishers', 'decorators', 'removers', 'caterers', 'packers', 'canners']);

/** The business the text last names only in the plural possessive before `at` ("Calder Valley Buses'"); else null. */
export function businessInPluralPossessive(text: string, at: number): string | null {
  const names = [...text.slice(0, at).matchAll(PLURAL_POSSESSIVE_RE)].map((m) => m[1]!.replace(/\s+/gu, ' '))
    .filter((name) => {
      const words = name.split(' ');
      return !/^(?:The|A|An|In|At|On|By|For|From|Its|Their)$/u.test(words[0]!) && !PLACE_PLURALS_RE.test(words.at(-1)!)
        && (!isPeoplePluralBodyName(words) || TRADE_PLURALS.has(words.at(-1)!.toLowerCase()));
    });
  return names.at(-1) ?? null;
}
