// How two articles differ, for the compare view: who each one quotes (one
// canonical name per person across both, so "Lavrov" and "Sergei Lavrov" are
// one speaker) and which sentences only one of them reports. Sentence level,
// order-free: a sentence of one article is shared when its words occur
// anywhere in the other, or when the other has a near-identical sentence
// (same words, a few changed or moved), or when nearly all its words sit in
// runs the other carries (a sentence split or merged). Offsets are into the
// texts given.
import { PersonDirectory } from '../statements/people.ts';
import type { SpeakerKind, Statement } from '../statements/types.ts';
import { words } from '../text/normalize.ts';
import { sentences } from './text-units.ts';

export interface ComparableArticle {
  text: string;
  /** The statements engine's findings for `text` (src/statements, e.g. the shipped ones). */
  statements: readonly Statement[];
}

export type SpeakerGroup = 'named' | 'unnamed' | 'unidentified';

/** One speaker an article quotes, with how often and whether the other article quotes them too. */
export interface QuotedSpeaker {
  /** Canonical name ("Sergei Lavrov"); for unnamed and unidentified speakers, a description. */
  name: string;
  group: SpeakerGroup;
  kind: SpeakerKind | null;
  /** Statements of this speaker in the article. */
  count: number;
  /** Indices into the article's statements. */
  statements: number[];
  /** The same speaker is quoted in the other article (named speakers only). */
  inBoth: boolean;
}

export type SentenceMatch = 'verbatim' | 'near';

export interface ComparedSentence {
  start: number;
  end: number;
  text: string;
  /** How the other article carries it; null when only this article reports it. */
  match: SentenceMatch | null;
}

export interface ArticleSide {
  speakers: QuotedSpeaker[];
  /** Every sentence long enough to compare (see MIN_SENTENCE_WORDS), in text order. */
  sentences: ComparedSentence[];
  /** The sentences only this article reports. */
  onlyHere: ComparedSentence[];
}

export interface ArticleDifferences {
  a: ArticleSide;
  b: ArticleSide;
}

export interface CompareOptions {
  /** Word-multiset similarity (Dice) at which two sentences count as the same (default 0.8). */
  nearIdentical?: number;
  /** Share of a sentence's words inside runs the other text carries for it to count as shared (default 0.85). */
  coveredShare?: number;
  /** People known beyond the two articles (e.g. the corpus's directory); the names their statements give are always used. */
  people?: PersonDirectory;
}

/** Shorter sentences (datelines, bylines, "He declined.") are left out of the comparison. */
export const MIN_SENTENCE_WORDS = 4;
/** Words a run must have for a sentence's words to count as carried by the other text. */
const RUN_WORDS = 4;

const UNNAMED = 'Unnamed sources';
const UNIDENTIFIED = 'Speaker not identified';

function canonicalName(name: string, people: PersonDirectory): string {
  return people.findByName(name.split(/\s+/))?.name ?? name;
}

function speakersOf(statements: readonly Statement[], people: PersonDirectory): QuotedSpeaker[] {
  const byName = new Map<string, QuotedSpeaker>();
  statements.forEach((s, i) => {
    const group: SpeakerGroup = s.speaker ? 'named' : s.anonymous ? 'unnamed' : 'unidentified';
    const name = s.speaker ? canonicalName(s.speaker, people) : group === 'unnamed' ? UNNAMED : UNIDENTIFIED;
    const key = `${group}:${name.toLowerCase()}`;
    const entry = byName.get(key) ?? { name, group, kind: s.speakerKind ?? null, count: 0, statements: [], inBoth: false };
    entry.count += 1;
    entry.statements.push(i);
    byName.set(key, entry);
  });
  const order: Record<SpeakerGroup, number> = { named: 0, unnamed: 1, unidentified: 2 };
  // Named speakers first, most quoted first; ties keep the order of first appearance.
  return [...byName.values()].sort((x, y) => order[x.group] - order[y.group] || y.count - x.count);
}

/**
 * The speakers both articles' statements name, as one directory: the
 * statements engine has already resolved each speaker within its article
 * ("he", "the minister" → "Sergei Lavrov"); across the two, a short name
 * ("Lavrov") becomes the full one the other gives, when only one fits.
 */
function speakerDirectory(statements: readonly Statement[]): PersonDirectory {
  const people = new PersonDirectory();
  for (const s of statements) if (s.speaker) people.addName(s.speaker.split(/\s+/));
  return people;
}

interface SentenceWords {
  start: number;
  end: number;
  text: string;
  norms: string[];
}

function sentenceWords(text: string): SentenceWords[] {
  return sentences(text)
    .map((s) => ({ ...s, norms: words(s.text).map((w) => w.norm) }))
    .filter((s) => s.norms.length >= MIN_SENTENCE_WORDS);
}

function wordCounts(norms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of norms) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** What one text knows of the other: its words as one string, its n-grams, and its sentences' words by word. */
interface OtherText {
  joined: string;
  runs: Set<string>;
  /** Word → the sentences holding it and how often (for word-multiset similarity without comparing every pair). */
  postings: Map<string, { sentence: number; count: number }[]>;
  lengths: number[];
}

function otherText(text: string, list: readonly SentenceWords[]): OtherText {
  const norms = words(text).map((w) => w.norm);
  const runs = new Set<string>();
  for (let i = 0; i + RUN_WORDS <= norms.length; i++) runs.add(norms.slice(i, i + RUN_WORDS).join(' '));
  const postings = new Map<string, { sentence: number; count: number }[]>();
  list.forEach((s, sentence) => {
    for (const [w, count] of wordCounts(s.norms)) {
      const p = postings.get(w);
      if (p) p.push({ sentence, count });
      else postings.set(w, [{ sentence, count }]);
    }
  });
  return { joined: ` ${norms.join(' ')} `, runs, postings, lengths: list.map((s) => s.norms.length) };
}

/** The best Dice similarity of the sentence's word multiset with any sentence of the other text. */
function bestSimilarity(norms: readonly string[], other: OtherText): number {
  const shared = new Array<number>(other.lengths.length).fill(0);
  for (const [w, count] of wordCounts(norms)) {
    for (const p of other.postings.get(w) ?? []) shared[p.sentence]! += Math.min(count, p.count);
  }
  let best = 0;
  shared.forEach((n, j) => {
    best = Math.max(best, (2 * n) / (norms.length + other.lengths[j]!));
  });
  return best;
}

/** Share of the sentence's words that lie in a RUN_WORDS-word run the other text also has. */
function coveredShare(norms: readonly string[], other: OtherText): number {
  const covered = new Array<boolean>(norms.length).fill(false);
  for (let i = 0; i + RUN_WORDS <= norms.length; i++) {
    if (other.runs.has(norms.slice(i, i + RUN_WORDS).join(' '))) covered.fill(true, i, i + RUN_WORDS);
  }
  return covered.filter(Boolean).length / norms.length;
}

function matchIn(s: SentenceWords, other: OtherText, opts: Required<Omit<CompareOptions, 'people'>>): SentenceMatch | null {
  if (other.joined.includes(` ${s.norms.join(' ')} `)) return 'verbatim';
  if (bestSimilarity(s.norms, other) >= opts.nearIdentical) return 'near';
  if (coveredShare(s.norms, other) >= opts.coveredShare) return 'near';
  return null;
}

function compareSentences(list: readonly SentenceWords[], other: OtherText, opts: Required<Omit<CompareOptions, 'people'>>): ComparedSentence[] {
  return list.map((s) => ({ start: s.start, end: s.end, text: s.text, match: matchIn(s, other, opts) }));
}

/** Speakers and sentences of `a` and `b`, each side marked with what the other shares. */
export function compareArticles(a: ComparableArticle, b: ComparableArticle, options: CompareOptions = {}): ArticleDifferences {
  const opts = { nearIdentical: options.nearIdentical ?? 0.8, coveredShare: options.coveredShare ?? 0.85 };
  const own = speakerDirectory([...a.statements, ...b.statements]);
  const people = options.people ? options.people.merge(own) : own;

  const speakersA = speakersOf(a.statements, people);
  const speakersB = speakersOf(b.statements, people);
  const namedIn = (list: QuotedSpeaker[]) => new Set(list.filter((s) => s.group === 'named').map((s) => s.name.toLowerCase()));
  const namedA = namedIn(speakersA);
  const namedB = namedIn(speakersB);
  for (const s of speakersA) s.inBoth = s.group === 'named' && namedB.has(s.name.toLowerCase());
  for (const s of speakersB) s.inBoth = s.group === 'named' && namedA.has(s.name.toLowerCase());

  const wordsA = sentenceWords(a.text);
  const wordsB = sentenceWords(b.text);
  const sentencesA = compareSentences(wordsA, otherText(b.text, wordsB), opts);
  const sentencesB = compareSentences(wordsB, otherText(a.text, wordsA), opts);
  return {
    a: { speakers: speakersA, sentences: sentencesA, onlyHere: sentencesA.filter((s) => s.match === null) },
    b: { speakers: speakersB, sentences: sentencesB, onlyHere: sentencesB.filter((s) => s.match === null) },
  };
}
