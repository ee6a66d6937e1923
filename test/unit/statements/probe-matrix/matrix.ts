// The probe matrix (issue #13, thirteenth session): every frame crossed with every speaker it fits (and, for frames
// that name the speaker twice, with every second mention the speaker has), each case's expected statements derived
// from the marks its frame left and the speaker crossed in. Left out, and why, in each frame's `excludes`; a frame
// that needs a second mention the speaker lacks (a body has no surname, an unnamed source seldom a gender) is left
// out for that speaker.
import type { Annotated, AnnotatedText } from '../scoring.ts';
import { type Content, ENGLISH_CONTENT, ENGLISH_FRAMES, englishLater, type Later, RUSSIAN_CONTENT, RUSSIAN_FRAMES } from './frames.ts';
import { ENGLISH_SPEAKERS, type EnglishSpeaker, OTHER_SPEAKERS, RUSSIAN_SPEAKERS, type Shape } from './speakers.ts';

export interface ProbeCase {
  /** "frame × speaker" or "frame × speaker × second mention": stable, for the list of known failures. */
  id: string;
  language: 'English' | 'Russian';
  frame: string;
  speaker: string;
  shape: Shape;
  later?: string;
  doc: AnnotatedText;
}

type Who = Pick<Annotated, 'speaker' | 'speakerKind' | 'anonymous'>;

/**
 * Strips the [[d:…]] / [[i:…]] / [[p:…]] marks (they nest: a partial inside a clause), recording each span; [[d2:…]] and
 * the like are the other speaker's, in frames with two.
 */
export function unmark(marked: string, who: Who, other?: Who): { text: string; statements: Annotated[] } {
  const kinds = { d: 'direct', i: 'indirect', p: 'partial' } as const;
  let text = '';
  const open: { kind: Annotated['kind']; start: number; who: Who }[] = [];
  const statements: Annotated[] = [];
  for (let i = 0; i < marked.length; ) {
    const opening = /^\[\[([dip])(2?):/.exec(marked.slice(i, i + 5));
    if (opening) {
      if (opening[2] && !other) throw new Error(`a second speaker's mark with no second speaker in ${marked}`);
      open.push({ kind: kinds[opening[1] as 'd' | 'i' | 'p'], start: text.length, who: opening[2] ? (other as Who) : who });
      i += opening[0].length;
    } else if (marked.startsWith(']]', i) && open.length > 0) {
      const o = open.pop() as { kind: Annotated['kind']; start: number; who: Who };
      statements.push({ kind: o.kind, text: text.slice(o.start), start: o.start, end: text.length, ...o.who });
      i += 2;
    } else {
      text += marked[i];
      i++;
    }
  }
  if (open.length > 0) throw new Error(`unclosed mark in ${marked}`);
  return { text, statements: statements.sort((a, b) => a.start - b.start) };
}

export function buildCases(): ProbeCase[] {
  const cases: ProbeCase[] = [];
  let n = 0;
  for (const frame of ENGLISH_FRAMES) {
    for (const s of ENGLISH_SPEAKERS) {
      const who: Who = { speaker: s.speaker, speakerKind: s.kind, anonymous: s.kind === 'anonymous' };
      const laters: (Later | undefined)[] = frame.later ? [...frame.later] : [undefined];
      const others: (EnglishSpeaker | undefined)[] = frame.withOther ? OTHER_SPEAKERS : [undefined];
      for (const later of laters) {
        for (const other of others) {
          const laterText = later ? englishLater(s, later) : undefined;
          if (later && !laterText) continue;
          // A post as the second mention ("the minister") only after the first gave it ("Transport Minister X").
          const first = later === 'title' && s.kind === 'person' && s.role ? { ...s, first: `${s.role.capital} ${s.first}` } : s;
          const marked = frame.build(first, ENGLISH_CONTENT[n % ENGLISH_CONTENT.length] as Content, laterText, other);
          if (marked === null) continue;
          n++;
          const otherWho: Who | undefined = other ? { speaker: other.speaker, speakerKind: other.kind, anonymous: other.kind === 'anonymous' } : undefined;
          const { text, statements } = unmark(marked, who, otherWho);
          const id = `${frame.id} × ${s.id}${later ? ` × ${later}` : ''}${other ? ` × ${other.id}` : ''}`;
          cases.push({ id, language: 'English', frame: frame.id, speaker: s.id, shape: s.shape, later, doc: { id, outlet: 'probe', text, statements } });
        }
      }
    }
  }
  for (const frame of RUSSIAN_FRAMES) {
    for (const s of RUSSIAN_SPEAKERS) {
      const who: Who = { speaker: s.speaker, speakerKind: s.kind, anonymous: s.kind === 'anonymous' };
      const laters = frame.later ? [...frame.later] : [undefined];
      for (const later of laters) {
        const laterText = later ? s.later?.[later] : undefined;
        if (later && !laterText) continue;
        const marked = frame.build(s, RUSSIAN_CONTENT[n % RUSSIAN_CONTENT.length]!, laterText);
        if (marked === null) continue;
        n++;
        const { text, statements } = unmark(marked, who);
        const id = `${frame.id} × ${s.id}${later ? ` × ${later}` : ''}`;
        cases.push({ id, language: 'Russian', frame: frame.id, speaker: s.id, shape: s.shape, later, doc: { id, outlet: 'probe', text, statements } });
      }
    }
  }
  return cases;
}
