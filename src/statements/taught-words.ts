// Words a text teaches by how it uses them (text-titles.ts: titles and posts' letters; text-bodies.ts: a body's own
// words; text-outlets.ts: a Russian text's outlets), in force only while extractStatements reads that text. The rules
// ask the vocabulary's sets, which then hold the taught words too, so no list is passed through every call;
// extractStatements is synchronous and does not re-enter, so setting the words around the call is enough.

/** The words the text being read teaches of one kind: none between calls. */
export class TaughtWords {
  private words: ReadonlySet<string> = new Set();

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Runs `read` with `words` in force, then puts back what was before. */
  during<T>(words: ReadonlySet<string>, read: () => T): T {
    const before = this.words;
    this.words = words;
    try {
      return read();
    } finally {
      this.words = before;
    }
  }
}

/** A fixed word list that also holds, while a text is read, the words of one kind it teaches. */
export class ListedOrTaught extends Set<string> {
  private readonly taught: TaughtWords;

  constructor(listed: Iterable<string>, taught: TaughtWords) {
    super(listed);
    this.taught = taught;
  }

  override has(word: string): boolean {
    return super.has(word) || this.taught.has(word);
  }
}
