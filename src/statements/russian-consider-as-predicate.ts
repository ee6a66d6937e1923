// «Климатолог Name, не участвовавшая в работе, считает выводы коллег убедительными.», «находит решение верным»: a form
// of «считать» / «находить», then an object and an adjective in the instrumental closing the sentence, is «to hold X to
// be Y», the sentence's own verb; it is no speaker after a clause ("…, считает эксперт.") and the words before the comma
// are no clause of theirs (thirty-third session, second round, dev d1609).
// Guards: only those two verbs; the words after the verb two to four, no comma among them, none capitalised (so a
// named speaker, «считает глава района Name», still speaks); the last an adjective's instrumental in -ыми / -ими / -ым /
// -им of five letters or more (not «ним», «им»), so «…, считает источник, знакомый с ситуацией» (a comma, and a noun in
// -ей) is read as before.

const CONSIDER = /^(?:счита|находи|находя)\p{Ll}*$/u;

/** Whether `verb` and the `rest` of its sentence after it are «считает X Y-ыми». */
export function isConsiderAsPredicate(verb: string, rest: string): boolean {
  if (!CONSIDER.test(verb) || /^(?:считается|считаются|находится|находятся)$/u.test(verb)) return false;
  const words = rest.replace(/[.!?…]+\s*$/u, '').trim().split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 4 || /,/u.test(rest)) return false;
  if (words.some((w) => /^\p{Lu}/u.test(w) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w))) return false;
  return /^\p{Ll}{2,}(?:ыми|ими|ым|им)$/u.test(words.at(-1)!);
}
