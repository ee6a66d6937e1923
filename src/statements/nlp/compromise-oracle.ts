// The statement extractor's NLP oracle backed by compromise (its tagger, no
// plugins): each term of the text with its tags and offsets, read once per text.
import nlp from 'compromise/two';
import type { SentenceRange } from '../sentences.ts';
import type { EntityKind, NlpOracle, NlpReading } from './oracle.ts';

interface TaggedTerm {
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

interface JsonTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface JsonSentence {
  offset: { start: number; length: number };
  terms: JsonTerm[];
}

/** The kind compromise gives a term, by the tag it sets on names. */
function termKind(tags: ReadonlySet<string>): EntityKind | null {
  if (tags.has('Organization')) return 'organisation';
  if (tags.has('Place')) return 'place';
  if (tags.has('Person')) return 'person';
  return null;
}

/** A text with non-Latin letters (Russian) is not read: compromise only knows English. */
const NON_LATIN_RE = /[\u0400-\u04FF]/u;

export class CompromiseReading implements NlpReading {
  private readonly terms: TaggedTerm[] = [];
  private readonly sentenceStarts: number[] = [];

  constructor(private readonly text: string) {
    if (NON_LATIN_RE.test(text)) return;
    const json = nlp(text).json({ offset: true, terms: { offset: true } }) as JsonSentence[];
    for (const sentence of json) {
      this.sentenceStarts.push(sentence.offset.start);
      for (const t of sentence.terms) {
        this.terms.push({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) });
      }
    }
  }

  /** The kind of the last term inside [start, end): the head of a name ("Amnesty International"). */
  entityKind(start: number, end: number): EntityKind | null {
    const inside = this.terms.filter((t) => t.start >= start && t.end <= end);
    const head = inside.at(-1);
    return head ? termKind(head.tags) : null;
  }

  sentences(masked: string, from: number, to: number): SentenceRange[] {
    const out: SentenceRange[] = [];
    const isMasked = (i: number) => masked[i] !== this.text[i];
    let start = from;
    for (const s of this.sentenceStarts) {
      if (s <= from || s >= to) continue;
      // A boundary compromise finds inside a masked quotation is not one of the text around it.
      let p = s - 1;
      while (p > from && /\s/.test(masked[p]!)) p--;
      if (isMasked(p) && isMasked(s)) continue;
      out.push({ start, end: p + 1 });
      start = s;
    }
    let end = to;
    while (end > start && /\s/.test(masked[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
    return out;
  }
}

export const compromiseOracle: NlpOracle = {
  name: 'compromise',
  read: (text) => new CompromiseReading(text),
};
