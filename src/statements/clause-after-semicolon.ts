// "One driver said the light was red; the other said it was yellow", "The council said the road would reopen on Monday;
// residents said they had heard nothing": a semicolon that joins two reports, each with its own speaker and verb, opens a
// second frame of its own. Before this rule the first frame's clause ended at the semicolon and the second report was
// never read.
// Guards: only a frame whose speaker phrase opens right after the semicolon and whose verb follows it (not a clause of the
// first speaker's that runs on, "…; it would also cut fees", which has no verb of saying of its own), and no speaker
// phrase that is only a pointing word ("this", "that", "which").
import type { ReportedClause } from './attribution.ts';

/** Whether `frame`, read from `from` after a semicolon, is a second report with its own speaker opening it. */
export function isFrameAfterSemicolon(masked: string, from: number, frame: ReportedClause | null): boolean {
  if (!frame?.phrase || frame.phrase.start !== from || frame.cue.start <= frame.phrase.start || frame.start <= frame.cue.start) return false;
  // (Nothing but spaces between the speaker phrase and its verb, or a short adverb: "the other later said".)
  if (!/^\s+(?:\p{Ll}+ly\s+|also\s+|later\s+)?$/u.test(masked.slice(frame.phrase.end, frame.cue.start))) return false;
  return !/^(?:this|that|which)$/iu.test(masked.slice(frame.phrase.start, frame.phrase.end));
}
