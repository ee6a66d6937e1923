// "…, the island's development trust has confirmed." then "Fiona Ness, who chairs Rousay, Egilsay and Wyre Development
// Trust, …": a body described in lower case after a place word's possessive ("the island's", "the valley's") is the one
// name the text prints ending in the same words capitalised, with the capitalised words before them (a list of places
// joined by commas and "and" among them).

/** Full names found so far for the text last read, by description (each looked up once per text). */
let read: { text: string; full: Map<string, string | null> } | null = null;

/** Capitalised words before a name's tail, perhaps a list "A, B and C", right before the end of the slice. */
const NAME_BEFORE_RE = /(\p{Lu}[\p{L}'\u2019&-]*(?:(?:,\s+|\s+(?:and|&)\s+|\s+)\p{Lu}[\p{L}'\u2019&-]*)*)\s+$/u;

/** Words that open a sentence or a place, not a name ("The Wyre Trust", "In Rousay, …"). */
const NOT_NAME_OPENERS = new Set(['The', 'A', 'An', 'In', 'At', 'On', 'For', 'From', 'By', 'With', 'And', 'But']);

/**
 * The one name `text` prints that ends in `described` (lower-case words, two or more: "development trust") capitalised,
 * with capitalised words before them; null when it prints none or two different ones.
 */
export function nameOfDescribedBody(text: string, described: readonly string[]): string | null {
  if (described.length < 2) return null;
  const key = described.join(' ');
  if (read?.text !== text) read = { text, full: new Map() };
  if (!read.full.has(key)) read.full.set(key, find(text, described));
  return read.full.get(key)!;
}

function find(text: string, described: readonly string[]): string | null {
  const tail = described.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  const names = new Set<string>();
  for (let i = text.indexOf(tail); i >= 0; i = text.indexOf(tail, i + tail.length)) {
    if (/\p{L}/u.test(text.charAt(i + tail.length))) continue;
    const run = NAME_BEFORE_RE.exec(text.slice(Math.max(0, i - 120), i))?.[1];
    if (!run) continue;
    const words = run.split(/\s+/u);
    while (words.length > 0 && NOT_NAME_OPENERS.has(words[0]!.replace(/,$/u, ''))) words.shift();
    // (A comma joins places only in a list that "and" closes: "Rousay, Egilsay and Wyre"; else the name starts after it.)
    let start = 0;
    const lastAnd = words.findLastIndex((w) => w === 'and' || w === '&');
    words.forEach((w, k) => { if (w.endsWith(',') && k > lastAnd) start = k + 1; });
    const name = words.slice(start);
    if (name.length > 0) names.add(`${name.join(' ')} ${tail}`);
  }
  return names.size === 1 ? [...names][0]! : null;
}
