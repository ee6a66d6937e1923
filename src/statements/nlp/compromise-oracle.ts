// The statement extractor's NLP oracle backed by compromise's tagger. A reading
// parses a paragraph only when asked about words in it, and loads compromise
// only on the first question.
import { loadCompromise } from './compromise-loader.ts';
import type { EntityKind, NlpOracle, NlpReading } from './oracle.ts';

interface TaggedTerm {
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

interface JsonSentence {
  terms: { tags: string[]; offset: { start: number; length: number } }[];
}

/** The kind compromise gives a term, by the tag it sets on names. */
function termKind(tags: ReadonlySet<string>): EntityKind | null {
  if (tags.has('Organization')) return 'organisation';
  if (tags.has('Place')) return 'place';
  if (tags.has('Person')) return 'person';
  return null;
}

/** compromise reads English only: a text with Cyrillic letters is left to the rules. */
const CYRILLIC_RE = /[\u0400-\u04FF]/u;

export class CompromiseReading implements NlpReading {
  /** Tagged terms of each paragraph read so far, by the paragraph's start. */
  private readonly paragraphs = new Map<number, TaggedTerm[]>();
  private readonly english: boolean;

  constructor(private readonly text: string) {
    this.english = !CYRILLIC_RE.test(text);
  }

  /** The kind of the last term inside [start, end): the head of a name ("Amnesty International"). */
  entityKind(start: number, end: number): EntityKind | null {
    if (!this.english || start < 0 || end > this.text.length || end <= start) return null;
    const head = this.termsAround(start, end).filter((t) => t.start >= start && t.end <= end).at(-1);
    return head ? termKind(head.tags) : null;
  }

  /** The terms of the line holding [start, end), tagged with the whole line as context. */
  private termsAround(start: number, end: number): TaggedTerm[] {
    const from = this.text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = this.text.indexOf('\n', end);
    const to = lineEnd < 0 ? this.text.length : lineEnd;
    let terms = this.paragraphs.get(from);
    if (!terms) {
      const nlp = loadCompromise();
      const json = nlp(this.text.slice(from, to)).json({ offset: true, terms: { offset: true } }) as JsonSentence[];
      terms = json.flatMap((s) =>
        s.terms.map((t) => ({ start: from + t.offset.start, end: from + t.offset.start + t.offset.length, tags: new Set(t.tags) })),
      );
      this.paragraphs.set(from, terms);
    }
    return terms;
  }
}

export const compromiseOracle: NlpOracle = {
  name: 'compromise',
  read: (text) => new CompromiseReading(text),
};
