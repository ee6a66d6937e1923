// "An Bord Pleanála has refused permission for … ¶ The planning appeals board said in its decision that …": a paragraph
// opens with a body's name as its subject, and the next paragraph opens with a lower-case description of a body speaking.
// The description is that body, called by what it is (a name that does not say its kind, an Irish one, an acronym's
// word, is explained so in the next breath), not a body the text leaves unnamed.
// Guards: both at their paragraphs' openings, the description right after the named subject's paragraph; the named
// subject is a body (the caller's parser says so) whose name ends in no word of a kind ("the Ministry of Energy" then "the
// grid operator said" stays two bodies); the description's words all in lower case, its last a word for a body.
import { BODY_NAME_ENDS } from './speaker-phrase.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

/** Capitalised words opening a paragraph, then a lower-case verb. */
const OPENING_SUBJECT_RE = /^\s*(\p{Lu}[\p{L}'\u2019&-]*(?:\s+\p{Lu}[\p{L}'\u2019&-]*){0,4})\s+\p{Ll}+/u;

/** The body opening the paragraph before the one `at` opens, when `isBody` says its name is a body's; else null. */
export function bodyOpeningParagraphBefore(text: string, at: number, isBody: (name: string) => boolean): string | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!/^\s*(?:The\s+)?$/u.test(text.slice(lineStart, at))) return null;
  const before = text.slice(0, lineStart).replace(/\s+$/u, '');
  const previous = before.slice(before.lastIndexOf('\n') + 1);
  const m = OPENING_SUBJECT_RE.exec(previous);
  if (!m) return null;
  const name = m[1]!;
  const last = name.split(/\s+/u).at(-1)!.toLowerCase();
  if (ORGANISATION_HEADS.has(last) || BODY_NAME_ENDS.has(last)) return null;
  return isBody(name) ? name : null;
}
