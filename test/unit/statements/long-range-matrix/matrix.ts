// The long-range matrix (issue #13, fifteenth session): every article frame crossed with every speaker it fits, every
// later mention the speaker has, and (for frames with two) every second speaker; each case's expected statements
// derived from the marks its frame left and the speakers crossed in, by the probe matrix's unmark(). Left out, and why,
// in each frame's `excludes`; a later mention the speaker lacks (a body has no surname, an unnamed source seldom a
// pronoun) leaves the case out.
import type { Annotated, AnnotatedText } from '../scoring.ts';
import { type Content, ENGLISH_CONTENT, RUSSIAN_CONTENT } from '../probe-matrix/frames.ts';
import { unmark } from '../probe-matrix/matrix.ts';
import type { Gender, Shape } from '../probe-matrix/speakers.ts';
import { ENGLISH_FILLERS, ENGLISH_FRAMES, type LongLater, RUSSIAN_FILLERS, RUSSIAN_FRAMES } from './frames.ts';
import { LONG_ENGLISH_SPEAKERS, LONG_RUSSIAN_SPEAKERS, type LongRussianSpeaker, type LongSpeaker } from './speakers.ts';

export interface LongCase {
  /** "frame × speaker × later mention" (× second speaker): stable, for the list of known failures. */
  id: string;
  language: 'English' | 'Russian';
  frame: string;
  speaker: string;
  shape: Shape;
  later: string;
  words: number;
  paragraphs: number;
  doc: AnnotatedText;
}

type Who = Pick<Annotated, 'speaker' | 'speakerKind' | 'anonymous'>;
const who = (s: { speaker: string | null; kind: 'person' | 'organisation' | 'anonymous' }): Who => ({
  speaker: s.speaker,
  speakerKind: s.kind,
  anonymous: s.kind === 'anonymous',
});

const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const capRu = (s: string) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);

/** An English speaker's later mention of a kind; undefined where it has none. */
function englishLater(s: LongSpeaker, kind: LongLater): string | undefined {
  switch (kind) {
    case 'surname':
      return s.kind === 'person' ? s.later?.surname : undefined;
    case 'honorific':
      return s.kind === 'person' && s.later?.honorific !== s.later?.surname ? s.later?.honorific : undefined;
    case 'title':
      return s.later?.title;
    case 'pronoun':
      return s.pronoun;
    case 'short':
      return s.short;
  }
}

function russianLater(s: LongRussianSpeaker, kind: string): { text: string; g: Gender } | undefined {
  if (kind === 'surname' && s.later?.surname) return { text: s.later.surname, g: s.gender };
  if (kind === 'pronoun' && s.later?.pronoun && !s.later.pronoun.startsWith('в ')) return { text: s.later.pronoun, g: s.gender };
  if (kind === 'title' && s.title) return { text: s.title.nom, g: s.title.gender };
  if (kind === 'short' && s.short) return { text: s.short.nom, g: s.short.gender };
  return undefined;
}

const words = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function buildLongCases(): LongCase[] {
  const cases: LongCase[] = [];
  let n = 0;
  const push = (c: Omit<LongCase, 'words' | 'paragraphs' | 'doc'>, marked: string, a: Who, o?: Who) => {
    const { text, statements } = unmark(marked, a, o);
    cases.push({ ...c, words: words(text), paragraphs: text.split(/\n\n/u).length, doc: { id: c.id, outlet: 'long-range', text, statements } });
  };
  for (const frame of ENGLISH_FRAMES) {
    for (const s of LONG_ENGLISH_SPEAKERS) {
      for (const kind of frame.later) {
        const later = englishLater(s, kind);
        if (!later) continue;
        // A post as the later mention ("the minister") only after the first mention gave it ("Transport Minister X").
        const a = kind === 'title' && s.kind === 'person' && s.role ? { ...s, first: `${s.role.capital} ${s.first}` } : s;
        for (const o of frame.others ? frame.others(s) : [undefined]) {
          const c = ENGLISH_CONTENT[n % ENGLISH_CONTENT.length] as Content;
          const c2 = ENGLISH_CONTENT[(n + 2) % ENGLISH_CONTENT.length] as Content;
          const base = n;
          const fill = (k: number) => ENGLISH_FILLERS[(base + k) % ENGLISH_FILLERS.length] as string;
          const built = frame.build({ a, later, Later: cap(later), laterKind: kind, c, c2, fill }, o);
          if (built === null) continue;
          // A closing paragraph of figures and places, as articles end (the frames' own paragraphs use fill(0)–fill(2)).
          const marked = `${built}\n\n${fill(3)}`;
          n++;
          const id = `${frame.id} × ${s.id} × ${kind}${o ? ` × ${o.id}` : ''}`;
          push({ id, language: 'English', frame: frame.id, speaker: s.id, shape: s.shape, later: kind }, marked, who(s), o ? who(o) : undefined);
        }
      }
    }
  }
  for (const frame of RUSSIAN_FRAMES) {
    for (const s of LONG_RUSSIAN_SPEAKERS) {
      for (const kind of frame.later) {
        const later = russianLater(s, kind);
        if (!later) continue;
        const c = RUSSIAN_CONTENT[n % RUSSIAN_CONTENT.length] as Content;
        const c2 = RUSSIAN_CONTENT[(n + 2) % RUSSIAN_CONTENT.length] as Content;
        const base = n;
        const fill = (k: number) => RUSSIAN_FILLERS[(base + k) % RUSSIAN_FILLERS.length] as string;
        const built = frame.build({ a: s, later: later.text, Later: capRu(later.text), g: later.g, laterKind: kind, c, c2, fill });
        if (built === null) continue;
        const marked = `${built}\n\n${fill(3)}\n\n${fill(4)}`;
        n++;
        const id = `${frame.id} × ${s.id} × ${kind}`;
        push({ id, language: 'Russian', frame: frame.id, speaker: s.id, shape: s.shape, later: kind }, marked, who(s), frame.other ? who(frame.other(s)) : undefined);
      }
    }
  }
  return cases;
}
