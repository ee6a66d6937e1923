/**
 * ", after the winter road had closed and …": "after" with a subject and a verb in the past perfect goes on in the
 * speaker's words (the tense moved back by the reporting verb), so the reported clause runs on past it — where ", after
 * a freeze of six months" or ", after new figures showed …" is the writer's setting of the story and ends it.
 */
const AFTER_IN_PAST_PERFECT_RE = /^,\s+after\s+(?:[\p{L}\p{N}'\u2019-]+\s+){1,6}had\s+(?:not\s+|already\s+|been\s+)?\p{Ll}{3,}/u;

/** Whether `rest` (from the comma) is ", after <subject> had <verb>". */
export function isAfterInPastPerfect(rest: string): boolean {
  return AFTER_IN_PAST_PERFECT_RE.test(rest);
}
