// "Analysts had expected … a share, according to FactSet." then "The company said in its release that it would …": a
// body the text only ever cites for figures ("according to X", "data from X") is where numbers came from, not the
// business the story is about, so it is passed by when "the company" looks back for the business last named.

/** What stands right before a name the text cites as a source of figures. */
const CITING_RE = /(?:according\s+to|data\s+(?:from|by)|figures\s+from|compiled\s+by)\s+(?:the\s+)?$/iu;

/** Whether every place `text` prints `name` is after "according to", "data from" and the like. */
export function citedOnlyAsSource(text: string, name: string): boolean {
  let at = name === '' ? -1 : text.indexOf(name);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!CITING_RE.test(text.slice(Math.max(0, at - 24), at))) return false;
  }
  return true;
}

/** "data from", "figures compiled by", then a lower-case description and a lone capitalised word, closing the phrase. */
const DATA_PROVIDER_RE = /\b(?:data|figures|statistics|numbers)\s+(?:from|by|compiled\s+by|published\s+by)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(\p{Lu}[\p{L}-]+)$/u;

/**
 * "According to data from schedule analyst Linerlytics, …": a lone capitalised word after a lower-case description, where
 * the text says the figures are from it, is a data provider (a business), not an analyst by surname; a person so
 * described is named in full ("data from analyst Jane Okafor").
 */
export function dataProviderByTrade(text: string, start: number, end: number): string | null {
  return DATA_PROVIDER_RE.exec(text.slice(Math.max(0, start - 40), end))?.[1] ?? null;
}
