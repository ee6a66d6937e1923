// "…, a Senate estimates hearing was told on Tuesday.", "…, the committee was told.", "…, parents were told": in the
// passive, the subject of "told" is who heard the words, a place or people they were said to, not who said them; with no
// "by Name" after it, the speaker is a source the sentence leaves unnamed.
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being']);

/** Whether the cue at `cueAt` of `run` is "told" in the passive ("was told", "had been told") with no "by" after it. */
function toldInPassive(run: readonly Token[], cueAt: number): boolean {
  const cue = run[cueAt];
  if (cue?.lower !== 'told' || cueAt < 2 || !PASSIVE_AUXILIARIES.has(run[cueAt - 1]!.lower)) return false;
  return run[cueAt + 1]?.lower !== 'by';
}

/** The subject read before the cue, or, when the cue is "told" in the passive, an unnamed speaker over the same words. */
export function speakerUnlessToldInPassive(phrase: SpeakerPhrase, run: readonly Token[], cueAt: number): SpeakerPhrase {
  return toldInPassive(run, cueAt) ? { kind: 'anonymous', name: [], roles: [], qualifier: null, start: phrase.start, end: phrase.end } : phrase;
}
