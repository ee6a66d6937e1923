// "One driver said the light was red; the other said it was yellow", "The council said the road would reopen on Monday;
// residents said they had heard nothing": a semicolon that joins two reports, each with its own speaker and verb, opens a
// second frame of its own. Before this rule the first frame's clause ended at the semicolon and the second report was
// never read.
// Guards: only a frame whose speaker phrase opens right after the semicolon and whose verb follows it (not a clause of the
// first speaker's that runs on, "…; it would also cut fees", which has no verb of saying of its own), and no speaker
// phrase that is only a pointing word ("this", "that", "which").
// The same frame is read after a semicolon whose first half frames nothing ("The office projected 3 percent growth; an
// economist at a university, who asked not to be named, said 2 percent was closer"), attribution.ts frameAfterPlainSemicolon:
// the frame found from the sentence's start had taken the whole first half for its subject, and failed.
import type { ReportedClause } from './attribution.ts';

/** Whether `frame`, read from `from` after a semicolon, is a second report with its own speaker opening it. */
export function isFrameAfterSemicolon(masked: string, from: number, frame: ReportedClause | null): boolean {
  if (!frame?.phrase || frame.phrase.start !== from || frame.cue.start <= frame.phrase.start || frame.start <= frame.cue.start) return false;
  // (Nothing but spaces between the speaker phrase and its verb, or a short adverb: "the other later said".)
  // (Or a relative or participle aside set off by commas: "; an economist, who asked not to be named, said …".)
  if (!/^(?:,\s+(?:who|speaking)\b[^;]*?,)?\s+(?:\p{Ll}+ly\s+|also\s+|later\s+)?$/u.test(masked.slice(frame.phrase.end, frame.cue.start))) return false;
  return !/^(?:this|that|which)$/iu.test(masked.slice(frame.phrase.start, frame.phrase.end));
}
