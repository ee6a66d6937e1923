// "Figures within the club are believed to have told the coach last week that …", "The MP is said to have told farmers at
// a meeting on Sunday that …": a hearsay frame (hedged-or-phrasal-frame.ts) whose verb of telling has its listener and a
// time or place phrase before "that". The frame was read only with "that" within four words of the verb, so a longer
// listener's phrase left the clause unfound, where "X told reporters after the match on Saturday that …" (no hedge) is
// found. Guards: only after a hearsay frame and a verb of telling ("told", "informed", "assured", "warned", "reminded",
// "advised"); "that" within ten words, plain words only between (no comma, colon, stop or quotation mark); not when what
// was told is named between ("is said to have told the story of a village that …": the "that" is the story's relative).

const TELLING = new Set(['told', 'informed', 'assured', 'warned', 'reminded', 'advised']);
/** Objects of telling that are no listener: what is told, whose "that" is a relative, not the clause's. */
const TOLD_THINGS = new Set(['story', 'stories', 'tale', 'tales', 'truth', 'lie', 'lies', 'joke', 'jokes']);

/** Whether the hedged verb of telling `cue` has its clause's "that" further off, after the listener and a phrase. */
export function hedgedTellingFarThat(cue: string, rest: string): boolean {
  if (!TELLING.has(cue)) return false;
  const m = /^((?:\s+[\p{L}\p{N}'\u2019-]+){1,10}?)\s+that\s/u.exec(rest);
  if (!m) return false;
  return !m[1]!.trim().split(/\s+/u).some((w) => TOLD_THINGS.has(w.toLowerCase()));
}
