// Separates an article's body paragraphs from the page chrome a scraper kept
// around it. Two shapes of scraped text exist:
//  - archive records, lines of "- Field: value" where the story lives in one
//    field ("Story Text:") and other fields are metadata;
//  - web pages, where the body sits between navigation, section blurbs,
//    "Subscribe"/"Newsfeed" widgets, promos, comment forms and UI strings in
//    other scripts.
// The rules are general (line shape, script, a small chrome vocabulary), never
// keyed to one article. Decision: the headline is NOT part of the body — it is
// in the catalog, and keeping it out means related-story lists that repeat a
// corpus headline carry no body text. The dateline stays: it opens the lead.
import { foldTypography, words } from '../text/normalize.ts';

const FIELD_LINE = /^-\s+([A-Z][A-Za-z/ ]{0,40}?):(?:\s+|$)/;
/** A field glued onto the end of the previous field's text by the scraper: "…said Lavrov - Copyright Holder: POOL". */
const INLINE_FIELD = /\s+-\s+((?:[A-Z][a-z]+)(?:[ /][A-Z][a-z]+){0,3}):\s/;
const STORY_FIELD = /^(story( text)?|text|body|article( text)?|transcript)$/i;
const MIN_FIELD_LINES = 3;

/** Lines that end an article on a web page: what follows is comments, feeds or sharing. */
const END_MARKER = /^(newsfeed|share( with friends| this( article)?)?|leave a (reply|comment)|be the first to comment|comments?|related( stories| articles| news)?|read more|more stories|recommended)$/i;

/** Chrome phrases that look like sentences, so the line-shape rules miss them. */
const CHROME_PHRASES: RegExp[] = [
  /^this article was (last )?updated\b/i,
  /\b(you can|feel free to) (re)?publish this article\b/i,
  /\blink back to this page\b/i,
  /\byour email address will not be published\b/i,
  /\bfree \$\s?\d|\$\s?\d+ to spend\b/i,
  /\b(sign up for|subscribe to) (our|the) (newsletter|channel)\b/i,
  /\b(follow us on|download (our|the) app|we use cookies)\b/i,
  /^(the latest news|get the latest news)\b/i,
  /\bstay tuned for updates\b/i,
  /^to participate in the discussion\b/i,
];

const SENTENCE_END = /[.!?"'\u201D\u2019)\]]$/;

function normalisedWords(text: string): string {
  return words(text)
    .map((w) => w.norm)
    .join(' ');
}

/** Share of letters that are Latin; UI strings in other scripts score low. */
function latinShare(line: string): number {
  const letters = line.match(/\p{L}/gu);
  if (!letters) return 0;
  const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
  return latin / letters.length;
}

/** Whether a line of a scraped web page is chrome rather than story text. */
export function isChromeLine(line: string): boolean {
  const count = words(line).length;
  if (count < 3) return true;
  if (latinShare(line) < 0.5) return true;
  if (count < 6 && !SENTENCE_END.test(foldTypography(line))) return true;
  return CHROME_PHRASES.some((re) => re.test(line));
}

function clean(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

interface Field {
  label: string;
  value: string[];
}

/** Parses "- Field: value" records; null when the text is not one. */
function archiveFields(lines: string[]): Field[] | null {
  if (lines.filter((l) => FIELD_LINE.test(l)).length < MIN_FIELD_LINES) return null;
  const fields: Field[] = [];
  let current: Field | null = null;
  for (const raw of lines) {
    let line = raw;
    const head = FIELD_LINE.exec(line);
    if (head) {
      current = { label: head[1]!.trim(), value: [] };
      fields.push(current);
      line = line.slice(head[0].length);
    }
    if (!current) continue;
    // A field glued to the end of this line closes the current one.
    const glued = INLINE_FIELD.exec(line);
    if (glued) {
      current.value.push(line.slice(0, glued.index));
      current = { label: glued[1]!, value: [line.slice(glued.index + glued[0].length)] };
      fields.push(current);
      continue;
    }
    current.value.push(line);
  }
  return fields;
}

function dropRepeatedStandfirst(paras: string[]): string[] {
  // A standfirst repeated by the lead ("Russia says X." then "MOSCOW (Agency) - Russia says X.") keeps the lead.
  const out: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    const here = normalisedWords(paras[i]!);
    const next = paras[i + 1];
    if (next !== undefined && here.length > 0 && normalisedWords(next).endsWith(here)) continue;
    if (out.length > 0 && normalisedWords(out[out.length - 1]!) === here) continue;
    out.push(paras[i]!);
  }
  return out;
}

/**
 * The body paragraphs of a scraped article text, chrome removed.
 * `headline` (from the catalog) marks where a web page's article starts.
 */
export function extractArticleBody(raw: string, headline: string): string[] {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(clean)
    .filter((l) => l.length > 0);

  const fields = archiveFields(lines);
  if (fields) {
    const story = fields.find((f) => STORY_FIELD.test(f.label));
    if (story) return dropRepeatedStandfirst(story.value.map(clean).filter((l) => l.length > 0));
  }

  const headlineKey = normalisedWords(headline);
  const headlineAt = lines.findIndex((l) => normalisedWords(l) === headlineKey);
  const body: string[] = [];
  for (const line of lines.slice(headlineAt + 1)) {
    if (END_MARKER.test(line) && body.length > 0) break;
    if (normalisedWords(line) === headlineKey) continue;
    if (!isChromeLine(line)) body.push(line);
  }
  return dropRepeatedStandfirst(body);
}
