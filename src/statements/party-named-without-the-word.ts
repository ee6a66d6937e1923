// "The Patriotic Progress Alliance is split over …. The party said in a statement that …": "the party" is the political
// party the text names, though its name ends in another word for one ("… Alliance", "… Front", "… Congress",
// "… Movement", "… League"); "the party" found only names ending in "Party" and, finding none, spoke as "party"
// (forty-fifth session, the eighteenth English unnamed probe's d2502). The name the text prints last before the word,
// else the first after it. Guards: only where the text prints no name ending in "Party" (speaker-resolver.ts's titled
// name reads those first); two to five capitalised words, the first no sentence opener; "the party" at a birthday or a
// dinner in a text with no such name reads as before.
const PARTY_NAME_RE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'\u2019-]*[^\S\n]+){1,4}(?:Alliance|Front|Congress|Movement|League))(?![\p{L}])/gu;
const OPENERS = new Set(['The', 'A', 'An', 'In', 'At', 'On', 'By', 'For', 'From', 'But', 'And', 'When', 'After', 'Before']);

/** The party's name for "the party" at `at`, when the text names it by another word for a party; else null. */
export function partyNamedWithoutTheWord(text: string, at: number): string | null {
  const names = [...text.matchAll(PARTY_NAME_RE)].map((m) => {
    const words = m[1]!.split(/\s+/u);
    while (words.length > 0 && OPENERS.has(words[0]!)) words.shift();
    return { name: words.join(' '), at: m.index, words: words.length };
  }).filter((n) => n.words >= 2);
  return (names.findLast((n) => n.at < at) ?? names.find((n) => n.at >= at))?.name ?? null;
}
