// (Forty-fifth session, left45; test-62 w14.) "A memo from the district's business manager states that …. "…," the memo
// says. / The memo was written by business manager Name Name.": a document whose author the text gives first by a post
// alone is the post's holder's, though the text prints the holder's name only in the next sentence or two, after others
// have spoken. A bare post's holder is otherwise never one printed only further down once someone has spoken
// (holder-named-later.ts): a document's author is, because the text owes the reader its author's name.
// Guards: only a document's author given by a post (the phrase a document's, its kind a title); the holder's full name
// printed after the phrase and within LOOK_AHEAD characters of it, and no one else who holds that post so printed.

/** How far after the document's phrase its author may be named. */
const LOOK_AHEAD = 400;

/** The one holder of the post named within the next sentences after `end`, else null. */
export function documentAuthorNamedNext(text: string, end: number, holders: readonly string[]): string | null {
  const ahead = text.slice(end, end + LOOK_AHEAD);
  const named = holders.filter((name) => ahead.includes(name));
  return named.length === 1 ? named[0]! : null;
}
