// "In a statement, the ministry's deputy secretary for operations said …", "The board's inspector had recommended
// approval. In her report, the inspector said …": a post the text gives a body ("the ministry's", "the board's") and no
// person it names is someone of that body's staff, left unnamed — an unnamed source, by the convention for a
// representative of a named body — not the person quoted last.
// Guards: only a post printed with a body's word, in lower case, as its owner (the phrase itself, or, for a bare "the inspector", the
// same post printed so before it); never a spokesperson (the body's own voice, read elsewhere) nor a relation; and only
// where nobody the text names holds the post (the caller asks).
// (Nor a place's own office, "the province's health minister", "the region's governor", "the city's mayor": an area's
// elected post is no staff's, and one person holds it, whom the lead's rules may find named next; twenty-ninth session.)

import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

/** Area words that are also bodies' words ("the province said"), and the elected offices an area's possessive gives. */
const AREAS = new Set(['province', 'region', 'state', 'county', 'city', 'town', 'borough', 'municipality', 'district', 'territory', 'country', 'nation']);
const AREA_OFFICES = new Set(['minister', 'premier', 'governor', 'mayor', 'president', 'chancellor']);

/** A body's word, its possessive, up to three lower-case words, then the post's word. */
const OWNED_POST = (post: string) => new RegExp(`(?<![\\p{L}])(\\p{L}+)['\u2019]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}${post}(?![\\p{L}])`, 'giu');

/** Whether the post `roles` (its last word printed at `start`…`end`) is one the text gives a body's staff. */
export function isPostOfABody(text: string, start: number, end: number, roles: readonly string[]): boolean {
  const post = roles.at(-1);
  if (!post || /^(?:spokes(?:man|woman|person)|wife|husband|mother|father|son|daughter|brother|sister)$/u.test(post)) return false;
  const printed = text.slice(start, end);
  // (The post's own word as printed, its last: "deputy secretary for operations" is the secretary's.)
  const word = /^[^,]*?(?=\s+(?:on|of|at|in|for|from|to|with)\s|$)/u.exec(printed)?.[0].split(/\s+/u).at(-1)?.toLowerCase();
  if (!word || !/^\p{Ll}[\p{Ll}-]+$/u.test(word)) return false;
  const escaped = escapeRegExp(word);
  // (The body's word in lower case, a body named before and called by its kind: not "The Russian Federation's
  // representative", a state's envoy, left as the development part leaves it.)
  for (const m of text.slice(0, end).matchAll(OWNED_POST(escaped))) {
    if (/^\p{Ll}/u.test(m[1]!) && ORGANISATION_HEADS.has(m[1]!) && !(AREAS.has(m[1]!) && AREA_OFFICES.has(word))) return true;
  }
  return false;
}
