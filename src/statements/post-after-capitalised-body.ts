// "Grand Pré Marsh Body president Name Name said …" then "The marsh body president added that …", "Riverside Rowing Club
// president Name" then "the club president said": the capitalised words of a body printed right before a post in lower
// case are where the post is held, and a later reference may repeat some of them in lower case before the post's word.
// The post alone ("president") is what the directory keeps, so those lower-case words found nobody. This gives the holder
// a second title whose roles are the body's words (in lower case) and the post's, so that the lower-case phrase, whose
// roles are its words, is covered by it. Forty-fifth session, ninth English speaker probe (dev d2485).
// Guards: the post's words printed in lower case right before the full name, and all of them roles of a title the person
// already holds; one to four capitalised words in the Latin script before them (a Russian «Его заместитель Name» is no
// body's post: dev d1590), "The", "His", "Its" … left out; the name printed whole.
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import type { PersonTitle } from './people.ts';

/** Words that open a sentence before a post and are no body's: "His deputy Name", "Its chief executive Name". */
const DETERMINERS = new Set(['The', 'A', 'An', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'This', 'That']);

/** A title of the body's words and the post's when `text` prints "<Capitalised body words> <post> <name>"; else null. */
export function titleWithBodyBeforePost(text: string, name: string, titles: readonly PersonTitle[]): PersonTitle | null {
  const re = new RegExp(`((?:(?=\\p{Script=Latin})\\p{Lu}[\\p{Script=Latin}'\u2019-]*\\s+){1,4})(\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,1})\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'u');
  const m = re.exec(text);
  if (!m) return null;
  const post = m[2]!.split(/\s+/u);
  const held = titles.find((t) => post.every((w) => t.roles.includes(w)));
  if (!held) return null;
  const body = m[1]!.trim().split(/\s+/u).filter((w) => !DETERMINERS.has(w)).map((w) => w.toLowerCase());
  if (body.length === 0) return null;
  return { roles: [...body, ...held.roles], qualifier: held.qualifier };
}
