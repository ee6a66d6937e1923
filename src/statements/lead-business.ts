// "Austral Lines will stop calling at … on its weekly service …" as a story's lead, then "In a customer advisory, the
// carrier said": where no business has spoken and the text prints none by a legal form or a business's ending, "the
// company", "the carrier" is the business the lead opens with — a name that the lead calls "its", or one it introduces
// by its trade ("Norwegian fibre wholesaler Nordfiber has halted …"). A headline (no full stop) and a byline are passed by.
import { withoutKindOpening } from './kind-opened-lead.ts';

/** A lead's opening name, then the sentence calls it "its" (as a person's would be "his" or "her"). */
const OPENING_NAME_WITH_ITS_RE = /^\s*(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})\s+(?:(?:will|would|has|had|is|was|plans|expects|must|may|could|can)\s+)?\p{Ll}+\b[^.;:!?]*?\bits\s/u;
/** A name right after the trade words were cut, then a lower-case verb. */
const OPENING_NAME_RE = /^\s*(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})\s+\p{Ll}/u;
/** A dateline before a lead: "JWANENG: ", "NUKU'ALOFA — ", "OSLO, Dec 4 (Reuters) -". */
const DATELINE_RE = /^\s*\p{Lu}[\p{Lu}\s.,'\u2019-]*\p{Lu}(?:,[^\n—–-]{1,40}?)?\s*(?::|[\u2014\u2013-])\s*/u;
/** Words that open a sentence and are no business's name. */
const NOT_NAMES = /^(?:The|A|An|It|Its|In|On|At|By|For|From|About|After|More|Some|Most|All|This|That|Shares|Sales)$/u;

/** The first sentence of the text's first paragraph that is prose (a full stop, ten words or more), else null. */
export function leadSentence(text: string): string | null {
  let from = 0;
  // (The first few paragraphs only: a lead is near the top.)
  for (let k = 0; k < 4 && from < text.length; k++) {
    const next = text.indexOf('\n', from);
    const paragraph = text.slice(from, next < 0 ? text.length : next).trim();
    from = next < 0 ? text.length : next + 1;
    if (paragraph === '') { k--; continue; }
    if (/^By\s/u.test(paragraph) || paragraph.split(/\s+/u).length < 10) continue;
    const stop = /[.!?](?=\s|$)/u.exec(paragraph.replace(/\b(?:[A-Z]|Co|Inc|Corp|Ltd|Dec|Jan|Feb|Aug|Sept?|Oct|Nov|Mr|Mrs|Ms|Dr|St)\./gu, (m) => m.replace('.', '_')));
    if (!stop) continue;
    return paragraph.slice(0, stop.index);
  }
  return null;
}

/** The business the lead opens with, for "the `head`" where `isKind` says which words are a business's kind. */
export function businessOpeningTheLead(text: string, isKind: (word: string) => boolean): string | null {
  const lead = leadSentence(text);
  if (!lead) return null;
  const undated = lead.replace(DATELINE_RE, '');
  const named = withoutKindOpening(undated, isKind);
  const m = named !== undated ? OPENING_NAME_RE.exec(named) : OPENING_NAME_WITH_ITS_RE.exec(named);
  return m && !NOT_NAMES.test(m[1]!.split(/\s+/u)[0]!) ? m[1]! : null;
}
