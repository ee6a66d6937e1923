// "It is understood the club approached the player's agent in May", "It is understood officials drew up three options":
// after "It is understood" (or learnt / learned) without "that", the words were read as a clause only when a finite verb
// ("had", "will", "was") or one of a few irregular pasts followed the subject; a plain past in -ed, or a common irregular
// past the list lacked, left the sentence unread, so the unnamed source's clause was never found (the gap the
// thirty-first session left: d1505's "It is understood the council asked Canberra …").
// Guards: the verb comes within the first eight words, before any comma, and is not the first word; a word in -ed right
// after an article, a possessive or a number is an adjective ("the proposed bridge", "its revised plan"), and one after
// "be", "been", "being", "to", "was", "were" or before "by" is a passive's participle, not the clause's verb ("It is
// understood the matter to be closed by everyone" stays no clause).

/** Irregular pasts a reported clause turns on that the shared list lacks. */
const MORE_IRREGULAR_PAST = new Set(['drew', 'withdrew', 'told', 'sent', 'met', 'sought', 'chose', 'struck', 'spoke', 'broke',
  'found', 'got', 'ran', 'rang', 'thought', 'felt', 'heard', 'led', 'fought', 'let', 'put', 'set', 'cut', 'quit', 'bid',
  'hit', 'shut', 'stood', 'understood', 'wrote', 'took', 'gave', 'made', 'paid', 'sold', 'bought', 'held', 'kept', 'left',
  'lost', 'won', 'began', 'knew', 'saw', 'went', 'came', 'became', 'brought', 'spent', 'built']);

/** Words after which a word in -ed is an adjective or a passive's participle, not a finite past. */
const NOT_BEFORE_FINITE_PAST = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that',
  'these', 'those', 'some', 'any', 'no', 'every', 'each', 'be', 'been', 'being', 'to', 'was', 'were', 'is', 'are', 'newly',
  'recently', 'so-called', 'well']);

/** Whether the words after "It is understood" read as a subject and then a verb in the past ("Keller approached …"). */
export function subjectThenPastVerb(rest: string): boolean {
  const words = rest.split(/[,;:]/u)[0]!.trim().split(/\s+/u).slice(0, 8);
  return words.some((w, k) => {
    if (k === 0) return false;
    const before = words[k - 1]!.toLowerCase();
    if (/^\d/u.test(before) || /['\u2019]s$/u.test(before) || NOT_BEFORE_FINITE_PAST.has(before)) return false;
    if (MORE_IRREGULAR_PAST.has(w)) return true;
    return /^\p{Ll}{3,}ed$/u.test(w) && words[k + 1]?.toLowerCase() !== 'by';
  });
}
