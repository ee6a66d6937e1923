// "Analysts had expected … a share, according to FactSet." then "The company said in its release that it would …": a
// body the text only ever cites for figures ("according to X", "data from X") is where numbers came from, not the
// business the story is about, so it is passed by when "the company" looks back for the business last named.

/** What stands right before a name the text cites as a source of figures. */
const CITING_RE = /(?:according\s+to|data\s+(?:from|by)|figures\s+from|compiled\s+by)\s+(?:the\s+)?$/iu;

/**
 * What follows a name that speaks only through a report of its own ("CareEdge Ratings said in a report last month that
 * demand … would grow"): a rating agency or research house cited for a forecast, as a source of figures is.
 * (Not a statement, release or filing, "X said in a statement": what the business a story is about issues.)
 */
const IN_ITS_REPORT_RE = /^\s+(?:said|says|wrote|estimated|estimates|forecast|forecasts|projected|projects)\s+in\s+(?:a|an|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|note|study|survey|analysis|outlook|review)\b/u;

/** Whether every place `text` prints `name` is after "according to", "data from" and the like, or before "said in a report". */
export function citedOnlyAsSource(text: string, name: string): boolean {
  let at = name === '' ? -1 : text.indexOf(name);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!CITING_RE.test(text.slice(Math.max(0, at - 24), at)) && !IN_ITS_REPORT_RE.test(text.slice(at + name.length, at + name.length + 80))) return false;
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
