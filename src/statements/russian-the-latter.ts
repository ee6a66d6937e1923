// «Ее заместитель Name уточнил, что …. По словам последнего, …», «По мнению последней, …»: «последний» in the genitive
// singular after a frame's «по словам / по мнению» is the latter of the people just named, the one the text named last,
// of the word's gender, as «по его словам» / «по ее словам» is read. It had been read as nobody, so the clause was not
// found (thirty-ninth session, tenth Russian speaker probe: d2110, d2113, d2114, d2115). Guard: the one word alone after
// the frame's noun; «по словам последнего собеседника» and «по последним данным» are read as before.

/** The pronoun «последнего» / «последней» stands for after «по словам» / «по мнению», else null. */
export function latterAsPronoun(cueWord: string, who: readonly { lower: string }[]): 'he' | 'she' | null {
  if (who.length !== 1 || !['словам', 'мнению', 'оценке', 'признанию'].includes(cueWord)) return null;
  return who[0]!.lower === 'последнего' ? 'he' : who[0]!.lower === 'последней' ? 'she' : null;
}
