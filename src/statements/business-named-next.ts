// "The 5.45am fast ferry crossing … will not operate …, the operator announced on Tuesday. ¶ Gozo Channel Express said in a
// notice on its website that …": a lead that gives its news to "the operator", "the company" before naming any body, and
// the next paragraph opens with the body's name speaking: the business of the lead is that body. (A wire lead often keeps
// the name for its second paragraph.)
// Guards: only the text's lead paragraph (the first of ten words or more ending in a full stop), only where no body was named before; the
// next paragraph must open with two to five capitalised words and a verb of saying, the first word no given name and none
// a post ("Chief Executive Name said" is a person).
// ("…, the state utility said on Tuesday. ¶ Kauai Island Utilities Cooperative general manager Name Name told the paper
// that …": the next paragraph may open with the body's name, then a post of its own in lower case and a person's full
// name speaking; the body is the lead's. Thirty-ninth session, test-56 w01. Guards: only when the caller gives the lead's
// word for the body and the name holds a word sharing its first five letters ("utility", "Utilities"); the post one to
// three lower-case words, the last a post's noun; the name two or three capitalised words before "said / says / told / tells".)
import { givenNameGender } from './given-names.ts';
import { ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

const NEXT_SPEAKER_RE = /^\s*(?:The\s+)?(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){1,4})\s+(?:said|says|announced|confirmed|stated|added)\b/u;

const NEXT_POST_SPEAKER_RE = /^\s*(?:The\s+)?(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){1,4})\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*))\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2}\s+(?:said|says|told|tells)\b/u;

/**
 * The body opening the paragraph after the lead, when `at` lies in the lead paragraph; else null. With `head`, the lead's
 * lower-case word for the body, also a body whose post speaks first in the next paragraph, its name holding that word.
 */
export function businessNamedNext(text: string, at: number, head?: string): string | null {
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
  const first = after.slice(0, after.indexOf('\n') < 0 ? after.length : after.indexOf('\n'));
  const m = NEXT_SPEAKER_RE.exec(first);
  if (!m) {
    const post = head && head.length >= 5 ? NEXT_POST_SPEAKER_RE.exec(first) : null;
    if (!post || !ROLE_NOUNS.has(post[3]!)) return null;
    const words = post[1]!.split(/\s+/u);
    const stem = head!.slice(0, 5).toLowerCase();
    if (givenNameGender(words[0]!) !== null || !words.some((w) => w.toLowerCase().startsWith(stem))) return null;
    return words.join(' ');
  }
  const words = m[1]!.split(/\s+/u);
  if (givenNameGender(words[0]!) !== null || words.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()))) return null;
  return words.join(' ');
}
