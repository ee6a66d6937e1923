// «Владельцы кафе на набережной жалуются, что …. «…», — говорит владелец кафе.»: after an unnamed group of people spoke, a
// post's word that is the singular of the group's own word (with the same words after it) is one of that group, unnamed,
// not the person named and quoted before, though the word («владелец», «директор») is a post a named person may hold. The
// thirty-ninth session's rule (latestUnnamedSpoke) took only one bare word for one of the public («водитель»); a post's
// word is read as the group's only when the group was called by the same word. (Forty-second session, test-60 r08.)
// Guards: the phrase is lower-case Cyrillic words, at most three; the group's word printed in the plural in the same
// paragraph before it, its stem the singular's less its last two letters (at least four letters), any words after it
// the same.

/** Whether `printed` («владелец кафе») is one of a group printed in the plural («Владельцы кафе») in its paragraph before `at`. */
export function oneOfGroupByItsWord(text: string, printed: string, at: number): boolean {
  const words = printed.trim().split(/\s+/u);
  if (words.length > 3 || !words.every((w) => /^[\u0430-\u044F\u0451-]+$/u.test(w))) return false;
  const stem = words[0]!.slice(0, -2);
  if (stem.length < 4) return false;
  const rest = words.slice(1).map((w) => `\\s+${w}`).join('');
  const first = `[${stem[0]!.toUpperCase()}${stem[0]!}]${stem.slice(1)}`;
  const plural = new RegExp(`(?<![\\p{L}])${first}\\p{Ll}{0,3}[ыи]${rest}(?![\\p{L}])`, 'u');
  const paragraph = text.slice(text.lastIndexOf('\n', at) + 1, at);
  return plural.test(paragraph);
}
