// "The 5.45am fast ferry crossing … will not operate …, the operator announced on Tuesday. ¶ Gozo Channel Express said in a
// notice on its website that …": a lead that gives its news to "the operator", "the company" before naming any body, and
// the next paragraph opens with the body's name speaking: the business of the lead is that body. (A wire lead often keeps
// the name for its second paragraph.)
// Guards: only the text's lead paragraph (the first of ten words or more ending in a full stop), only where no body was named before; the
// next paragraph must open with two to five capitalised words and a verb of saying, the first word no given name and none
// a post ("Chief Executive Name said" is a person).
// ("…, the state utility said on Tuesday. ¶ Pohnpei Utilities Corporation general manager Name Name told the paper …": or
// with the body's name as whose the post is, a lower-case post and a full name between it and the verb; forty-fourth
// session, test-56 w01. Guards: the name's last word a body's head, "Corporation", "Authority"; one to three lower-case
// words ending in a post; a full name of two or three words; a verb of saying or "told".)
import { givenNameGender } from './given-names.ts';
import { ORGANISATION_HEADS, ROLE_MODIFIERS, ROLE_NOUNS, isPersonNoun } from './vocabulary.ts';

const NEXT_SPEAKER_RE = /^\s*(?:The\s+)?(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){1,4})\s+(?:said|says|announced|confirmed|stated|added)\b/u;
/** "Pohnpei Utilities Corporation general manager Name Name told": a body's name, its lower-case post, the holder, the verb. */
const NEXT_POST_OF_BODY_RE = /^\s*(?:The\s+)?(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){1,4})\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*))\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2}\s+(?:said|says|told|tells|announced|confirmed|stated|added)\b/u;

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
  const line = after.slice(0, after.indexOf('\n') < 0 ? after.length : after.indexOf('\n'));
  const m = NEXT_SPEAKER_RE.exec(line);
  if (!m) {
    const post = NEXT_POST_OF_BODY_RE.exec(line);
    const body = post ? post[1]!.split(/\s+/u) : [];
    if (!post || !ORGANISATION_HEADS.has(body.at(-1)!.toLowerCase()) || !(ROLE_NOUNS.has(post[3]!) || isPersonNoun(post[3]!))
      || givenNameGender(body[0]!) !== null || body.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()))) return null;
    return body.join(' ');
  }
  const words = m[1]!.split(/\s+/u);
  if (givenNameGender(words[0]!) !== null || words.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()))) return null;
  return words.join(' ');
}
