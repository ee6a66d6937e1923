// The cheap gate the content script runs on every page of the outlets: could
// this page be an article? Only pages that pass are read and sent for
// recognition, so on home, section and chrome-only pages the gate is all
// Sourcelight costs.
//
// It asks the document one XPath question and gets one boolean back. Every DOM
// object a content script touches needs a wrapper in the extension's isolated
// world, and the first element of each kind sets up that kind's whole
// interface there: in Chromium that, not the looking, was most of a gate that
// walked <p> elements in script (its content script cost 2–5 ms a page; this
// one 1.1–1.8 ms of main-thread CPU, not much more than any script that reads
// the page at all: `npx tsx bench/run.ts --only=chromium`, bench/RESULTS.md;
// 2.0–2.7 ms on a machine where any such script costs 1.4–1.8× as much).
// XPath runs natively and returns a primitive, so no element ever reaches the
// script.
//
// The page looks like an article when any of these holds:
//  - its metadata says so (og:type "article", any case);
//  - among its first 80 <p> elements (story text comes early, and the cap
//    bounds the work on huge pages), long ones (≥ 120 characters) share
//    containers: a story body is several long paragraphs in one container,
//    while a home or section page spreads its long teasers over separate
//    cards. Counted as long paragraphs minus their distinct parents (≥ 2);
//  - a page with fewer than three <p> (text set in <div>s) has, among its
//    first 1,000 text nodes, at least three long ones outside links, scripts,
//    navigation, forms and other chrome, none of them right after a link (a
//    teaser's headline link, then its lede). Unbounded, this test alone took
//    half a second on a 5 MB page of <div> teasers;
//  - the whole story set as one block, on a page with fewer than three <p>:
//    one of those text nodes (same terms) or one <p> (outside chrome) holds
//    at least 1,500 characters. No teaser or lede is that long; the shortest
//    article in the corpus is 2,500. Pages with three or more <p> never get
//    this far, and the text-node test rides in the three-text-node pass, so
//    only a page with almost no <p> and no story text pays one more look at
//    its <p>s.
// A wrong "yes" costs one recognition that finds nothing; a wrong "no" hides
// the overlay, so the tests hold every article fixture page to "yes".

// One literal, so the script does not build it on every page (in traced page
// loads, building it with templates and Array.map cost about 0.4 ms more,
// more than the query itself); adjacent literals are joined at build time.
// "Long" is ≥ 120 characters, tested on the raw length first, which is cheap
// (text shorter than that cannot grow by collapsing its spaces), then on its
// first 1,000 characters with spaces collapsed, and on the whole only when
// that prefix falls short: collapsing a 5 MB text node's spaces took 50–60 ms
// a time, and the one-block test did it a second time (128–194 ms in the
// gate bench; 0.5 ms with the prefixes; XPath's `or` skips its right side
// when the left holds). Same answers: a prefix's collapsed length never
// exceeds the whole's. Exported for
// bench/content-script-floor.ts, which times this one call on its own.
export const ARTICLE_GATE_XPATH =
  // Article metadata.
  "boolean(//meta[@property = 'og:type'][contains(translate(@content, 'ARTICLE', 'article'), 'article')])" +
  // Long paragraphs among the first 80 <p>, minus their distinct parents.
  ' or count((//p)[position() <= 80][string-length(.) >= 120][string-length(normalize-space(substring(., 1, 1000))) >= 120 or string-length(normalize-space(.)) >= 120])' +
  ' - count((//p)[position() <= 80][string-length(.) >= 120][string-length(normalize-space(substring(., 1, 1000))) >= 120 or string-length(normalize-space(.)) >= 120]/..) >= 2' +
  // Almost no <p>: long text nodes among the first 1,000, outside chrome, not right after a link: three of
  // them, or one that holds a whole story (the third, or a very long one, found in the same pass).
  ' or (count(//p) < 3 and (boolean((//text())[position() <= 1000][string-length(.) >= 120][string-length(normalize-space(substring(., 1, 1000))) >= 120 or string-length(normalize-space(.)) >= 120]' +
  '[not(ancestor::*[self::a or self::script or self::style or self::noscript or self::template or self::nav' +
  ' or self::aside or self::footer or self::header or self::form or self::button or self::select or self::textarea])]' +
  '[not(../preceding-sibling::*[1][self::a])][position() = 3 or string-length(.) >= 1500 and (string-length(normalize-space(substring(., 1, 6000))) >= 1500 or string-length(normalize-space(.)) >= 1500)])' +
  // ... or a <p> holding a whole story in several text nodes (inline markup), outside chrome.
  ' or boolean((//p)[string-length(.) >= 1500][string-length(normalize-space(.)) >= 1500]' +
  '[not(ancestor::*[self::nav or self::aside or self::footer or self::header or self::form])])))';

/**
 * No text a reader would read: no text node of 120 characters or more (as
 * above) among the first 1,000, outside scripts, styles and templates.
 */
const NOTHING_TO_READ_XPATH =
  'not((//text())[position() <= 1000][string-length(.) >= 120][string-length(normalize-space(substring(., 1, 1000))) >= 120 or string-length(normalize-space(.)) >= 120]' +
  '[not(ancestor::*[self::script or self::style or self::noscript or self::template])])';

/** XPathResult.BOOLEAN_TYPE, spelled out: no XPathResult global is touched. */
const BOOLEAN_TYPE = 3;

export function looksLikeArticlePage(doc: Document): boolean {
  return doc.evaluate(ARTICLE_GATE_XPATH, doc, null, BOOLEAN_TYPE, null).booleanValue;
}

/**
 * Whether the page shows nothing to read yet: an app that renders its
 * content after load (an empty shell, a "Loading…" line, a skeleton), or a
 * page that is chrome only (a log-in form, a short error page). The content
 * script watches such pages for the article to appear.
 */
export function showsNothingToRead(doc: Document): boolean {
  return doc.evaluate(NOTHING_TO_READ_XPATH, doc, null, BOOLEAN_TYPE, null).booleanValue;
}
