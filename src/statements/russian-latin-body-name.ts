// A foreign body named in Latin letters after a Russian word for its kind: «газета The Times», «издание Financial Times»,
// «концерн Siemens Healthineers». The Russian parser read the Latin words as a person's first name and surname («The
// Times» a person); the kind word says it is a body (thirty-first session, a probe of foreign names in Russian text).

/** Russian words for an outlet's or a business's kind, any case: «газета», «издания», «агентству», «концерн». */
const KIND_RE = /^(?:газет|издани|агентств|журнал|портал|телеканал|радиостанци|компани|концерн|корпораци|холдинг)\p{Ll}*$/u;

/** A word of a body's name in Latin letters: capitalised, «The», or a joining «of» / «and» / «&» inside it. */
const LATIN_WORD_RE = /^(?:[A-Z][A-Za-z'.-]*|of|and|&|for)$/u;

/**
 * The body's name when `words` are a kind word and one to four Latin words after it («Газета The Times» → The Times), or
 * null. Guards: the kind word first (a person's post, «Член Европарламента Sarah McKenzie», is no kind); every word after
 * it Latin, the first and last capitalised; nothing else in the phrase.
 */
export function latinBodyAfterKind(words: readonly { text: string }[]): string | null {
  if (words.length < 2 || words.length > 5 || !KIND_RE.test(words[0]!.text.toLowerCase())) return null;
  const name = words.slice(1).map((w) => w.text);
  if (!name.every((w) => LATIN_WORD_RE.test(w)) || !/^[A-Z]/u.test(name[0]!) || !/^[A-Z]/u.test(name.at(-1)!)) return null;
  return name.join(' ');
}
