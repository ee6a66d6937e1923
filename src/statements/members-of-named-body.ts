// "Members of the Faculty Senate, speaking privately, said …", "Members of the Harbour Board said …": some of a named
// body's people, none named, speak unnamed, as "some members of the board" and "members of the city council" already
// did. Opening the sentence with its capital and followed by a body's capitalised name, the phrase read as one body's
// name, "Members of the Faculty Senate". Guards: only "Members" as the phrase's first word with "of" right after it and
// a name or a noun after that (the body); a body's own statement, "The Faculty Senate said", stays the body's.
import type { Token } from './speaker-phrase.ts';

/** Whether `tokens` are "Members of (the) <body>": a body's people, unnamed. */
export function isMembersOfBody(tokens: readonly Token[]): boolean {
  if (tokens.length < 3 || tokens[0]!.lower !== 'members' || tokens[1]!.lower !== 'of') return false;
  const rest = tokens.slice(tokens[2]!.lower === 'the' ? 3 : 2);
  return rest.length > 0 && rest.every((t) => /^\p{L}/u.test(t.text));
}
