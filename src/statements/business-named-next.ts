// "The 5.45am fast ferry crossing … will not operate …, the operator announced on Tuesday. ¶ Gozo Channel Express said in a
// notice on its website that …": a lead that gives its news to "the operator", "the company" before naming any body, and
// the next paragraph opens with the body's name speaking: the business of the lead is that body. (A wire lead often keeps
// the name for its second paragraph.)
// Guards: only the text's lead paragraph (the first of ten words or more ending in a full stop), only where no body was named before; the
// next paragraph must open with two to five capitalised words and a verb of saying, the first word no given name and none
// a post ("Chief Executive Name said" is a person).
import { givenNameGender } from './given-names.ts';
import { ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

const NEXT_SPEAKER_RE = /^\s*(?:The\s+)?(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){1,4})\s+(?:said|says|announced|confirmed|stated|added)\b/u;

/** The body opening the paragraph after the lead, when `at` lies in the lead paragraph; else null. */
export function businessNamedNext(text: string, at: number): string | null {
  // (The lead: the first paragraph of ten words or more.)
  let from = 0;
  let lead: { start: number; end: number } | null = null;
  while (from < text.length) {
    const next = text.indexOf('\n', from);
    const end = next < 0 ? text.length : next;
    const paragraph = text.slice(from, end).trim();
    // (Prose: a headline or a standfirst has no full stop at its end.)
    if (paragraph.split(/\s+/u).length >= 10 && /[.!?]["\u201D]?$/u.test(paragraph)) { lead = { start: from, end }; break; }
    from = end + 1;
  }
  if (!lead || at < lead.start || at > lead.end) return null;
  const after = text.slice(lead.end).replace(/^\s+/u, '');
  const m = NEXT_SPEAKER_RE.exec(after.slice(0, after.indexOf('\n') < 0 ? after.length : after.indexOf('\n')));
  if (!m) return null;
  const words = m[1]!.split(/\s+/u);
  if (givenNameGender(words[0]!) !== null || words.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()))) return null;
  return words.join(' ');
}
