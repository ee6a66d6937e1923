// «Голубев пропустил часть периода, однако, по словам тренера, его травма не опасна»: a joining word set off by commas
// («однако», «но», «хотя», «и», «а») and then a source's aside («по словам X», «по его словам», «по мнению X») inside a
// sentence: what follows the aside is X's words, and what comes before the joining word is the sentence's own (narration,
// or another frame's clause, «Name пояснила, что …, однако, по ее словам, …», which ends there). Before, the aside after
// «однако,» was not read as a frame (the aside rule wants the joining word without a comma after it, a subject between),
// so the clause was not found, or was run on into the clause before.
// Guards: the joining word between two commas and «по» right after the second; the caller keeps the split only where the
// words after the joining word are read as a source's frame on their own (a clause with its source), else the sentence
// is read as before.

/** The joined aside in `sentence` (relative offsets: where the comma before the joining word stands, and where «по» opens). */
export function russianJoinedSourceAside(sentence: string): { at: number; frameStart: number } | null {
  const m = /,\s*(?:однако|но|хотя|и|а)\s*,\s*(?=[Пп]о\s+(?:(?:его|ее|её|их)\s+)?(?:словам|мнению|данным|оценке|информации)(?![\p{L}]))/u.exec(sentence);
  return m ? { at: m.index, frameStart: m.index + m[0].length } : null;
}
