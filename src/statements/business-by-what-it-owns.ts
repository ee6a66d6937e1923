// "The pub is one of nine being sold by Cambrian Inns, which owns 38 pubs across Powys …. …, the company said": a name
// the text describes by a relative "which owns / operates / runs" and a count of sites, shops, pubs or routes is a
// business, the one "the company" means, though its name ends in no business's word ("Inns", "Taverns", "Outfitters").
// Before, "the company" was read as a body of that word (the thirty-third session's d1569).
// Guards: a capitalised name of one to five words right before ", which"; the verb one of owns / operates / runs /
// manages; a number (in figures or a small word) right after it, perhaps after "more than" / "about" / "some", and not a
// share ("which owns 11 per cent of Name" is a shareholder, d1485); the caller keeps its own guards against bodies that
// are no business (a council, a trust, a ministry) and reads the bodies that spoke first.

const NUMBER = String.raw`(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens\s+of|hundreds\s+of)`;
const OWNS_RE = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}&'\u2019-]*(?:\s+(?:&|\p{Lu}[\p{L}&'\u2019-]*)){0,4}),\s+which\s+(?:owns|operates|runs|manages)\s+(?:(?:more\s+than|about|around|some|nearly|almost)\s+)?${NUMBER}\s+(?!per\s*cent|percent)\p{Ll}`, 'gu');

/** The names the text describes before `at` as owning or running a count of sites, the last one last. */
export function businessesByWhatTheyOwn(textBefore: string): string[] {
  return [...textBefore.matchAll(OWNS_RE)].map((m) => m[1]!.replace(/^(?:The|A|An)\s+/u, ''));
}
