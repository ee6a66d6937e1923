/**
 * The two views of a word that most small rules read: the word as written (its capital tells a name or a post from a
 * common word) and lower-cased (for the word lists). English tokens (`speaker-phrase.ts`'s `Token`) and Russian words
 * both carry them, so a rule typed on this shape serves either.
 */
export interface WrittenWord {
  readonly text: string;
  readonly lower: string;
}
