// "Forest company Metsä-Kaarna will close its mill …, the company said": a lead that opens with a capitalised word for
// the business's trade and a word for its kind ("Forest company", "Mining group", "Dairy cooperative") puts the name
// right after them; the sentence's subject is that name, not the trade's word.

/** A sentence's opening trade word, at most two lower-case words, then a lower-case word for a kind, before a capital. */
const KIND_OPENING_RE = /^\s*\p{Lu}\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}?\s+(\p{Ll}+(?:-\p{Ll}+)?)\s+(?=\p{Lu})/u;

/** The sentence without an opening "Trade kind " before the name, when `isKind` holds for the kind's word; else as it is. */
export function withoutKindOpening(sentence: string, isKind: (word: string) => boolean): string {
  const m = KIND_OPENING_RE.exec(sentence);
  return m && isKind(m[1]!) ? sentence.slice(m[0].length) : sentence;
}
