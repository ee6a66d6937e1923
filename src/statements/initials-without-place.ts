// "…, the Louisiana Department of Transportation and Development says. DOTD says …": a US state agency's initials often
// leave out the state's name and count "of" ("DOTD", "DOT"), or not ("DNR" for "Department of Natural Resources"), and the
// text never prints them in brackets. The letters are read from the name's head word ("Department", "Office" …) on,
// after one or two words of place; the speaker is the name as printed, its place included. (Or, thirty-ninth session, from
// the place's letters on with "of" counted: "ODOT" for "Ohio Department of Transportation".)

/** A run of capitalised words, with small words between them, as a body's name is printed. */
const CAPITALISED_RUN_RE = /(?<![\p{L}])\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}'\u2019-]*)+/gu;
/** Words that head a public body's name. */
const BODY_HEAD_RE = /^(?:Department|Office|Bureau|Agency|Division|Ministry|Commission|Board|Administration|Authority)$/u;

/** The name whose words after its place word(s) spell `acronym`, "of" counted or not; else null. */
export function initialsWithoutPlace(text: string, acronym: string): string | null {
  if (acronym.length < 3 || !/^\p{Lu}+$/u.test(acronym)) return null;
  for (const m of text.matchAll(CAPITALISED_RUN_RE)) {
    const words = m[0].split(/\s+/u);
    while (words.length > 0 && /^(?:The|A|An)$/u.test(words[0]!)) words.shift();
    for (let place = 1; place <= 2 && words.length - place >= 3; place++) {
      const rest = words.slice(place);
      if (!BODY_HEAD_RE.test(rest[0]!)) continue;
      const capitals = rest.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      const withOf = rest.filter((w) => /^\p{Lu}/u.test(w) || w === 'of').map((w) => w[0]!.toUpperCase()).join('');
      // ("the Ohio Department of Transportation said …. an ODOT statement said": or the place's letters kept and "of"
      // counted, as "CDOT" and "ODOT" spell a state's department; thirty-ninth session, test-57 w06.)
      const placeKept = words.filter((w) => /^\p{Lu}/u.test(w) || w === 'of').map((w) => w[0]!.toUpperCase()).join('');
      if (capitals === acronym || withOf === acronym || (rest.includes('of') && placeKept === acronym)) return words.join(' ');
    }
  }
  return null;
}
