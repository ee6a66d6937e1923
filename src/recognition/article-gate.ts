// The cheap gate the content script runs on every page of the outlets: could
// this page be an article? Only pages that pass are read and sent for
// recognition, so on home, section and chrome-only pages the gate is all
// Sourcelight costs.
//
// It asks the document one XPath question and gets one boolean back. Every DOM
// object a content script touches needs a wrapper in the extension's isolated
// world, and the first element of each kind sets up that kind's whole
// interface there: in Chromium that, not the looking, was most of a gate that
// walked <p> elements in script (2–4 ms a page; this gate about 1 ms, measured
// by `npx tsx bench/run.ts --only=chromium`). XPath runs natively and returns
// a primitive, so no element ever reaches the script.
//
// The page looks like an article when any of these holds:
//  - its metadata says so (og:type "article", any case);
//  - among its first 80 <p> elements, long ones (≥ 120 characters) share
//    containers: a story body is several long paragraphs in one container,
//    while a home or section page spreads its long teasers over separate
//    cards. Counted as long paragraphs minus their distinct parents (≥ 2);
//  - a page with almost no <p> (text set in <div>s) has at least three long
//    text nodes outside links, navigation, forms and other chrome, none of
//    them right after a link (a teaser's headline link, then its lede).
// A wrong "yes" costs one recognition that finds nothing; a wrong "no" hides
// the overlay, so the tests hold every article fixture page to "yes".

/** Characters that make a block long enough to be story text. */
const LONG = 120;
/** <p> elements looked at: story text comes early, and it bounds the work on huge pages. */
const FIRST_PARAGRAPHS = 80;
/** Elements whose text is never story text (the fallback's exclusions). */
const CHROME = ['a', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'header', 'form', 'button', 'select', 'textarea'];

// Predicates that keep long nodes: the raw length first, which is cheap (text
// shorter than LONG cannot grow by collapsing its spaces).
const long = `[string-length(.) >= ${LONG}][string-length(normalize-space(.)) >= ${LONG}]`;
const articleMetadata = `//meta[@property = 'og:type'][contains(translate(@content, 'ARTICLE', 'article'), 'article')]`;
const longParagraphs = `(//p)[position() <= ${FIRST_PARAGRAPHS}]${long}`;
const sharedContainers = `count(${longParagraphs}) - count(${longParagraphs}/..) >= 2`;
const outsideChrome = `not(ancestor::*[${CHROME.map((name) => `self::${name}`).join(' or ')}])`;
const notAfterLink = 'not(../preceding-sibling::*[1][self::a])';
const storyTextInDivs = `count(//p) < 3 and count(//text()${long}[${outsideChrome}][${notAfterLink}]) >= 3`;

/** The gate's whole question, as one XPath 1.0 expression. */
const ARTICLE_GATE_XPATH = `boolean(${articleMetadata}) or ${sharedContainers} or (${storyTextInDivs})`;

/** XPathResult.NUMBER_TYPE and BOOLEAN_TYPE, spelled out: no XPathResult global is touched. */
const NUMBER_TYPE = 1;
const BOOLEAN_TYPE = 3;

export function looksLikeArticlePage(doc: Document): boolean {
  return doc.evaluate(ARTICLE_GATE_XPATH, doc, null, BOOLEAN_TYPE, null).booleanValue;
}

/** How many elements the document holds: tells a page that has grown since the last look, without touching any element. */
export function elementCount(doc: Document): number {
  return doc.evaluate('count(//*)', doc, null, NUMBER_TYPE, null).numberValue;
}
