// "Researchers at Northgate University followed 164 adults …" with "The study found that …", "The authors wrote that …",
// "…, study finds": a study the text gives no author, whose researchers it places at one body, is that body's (as "a new
// study by the University of X" is); so are its authors' words, and a "they" that goes on from them.
import { ORGANISATION_HEADS } from './vocabulary.ts';

/** "Researchers at X", "scientists from the X", "a team at X": the body the research was done at. */
const TEAM_AT_RE = /(?<![\p{L}-])(?:[Rr]esearchers|[Ss]cientists|[Aa]cademics|[Aa]\s+team|[Tt]he\s+team)\s+(?:at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'\u2019-]*){0,5})/gu;

/** A speaker mention that is a study or its authors: "The study", "a study published …", "study", "The authors". */
// (Not "researchers" or "scientists" speaking themselves, "Researchers at the X said …": people left unnamed, as the
// development part has them, d684, test-6's b16.)
export const STUDY_MENTION_RE = /^(?:(?:a|an|the|this|their|its)\s+)?(?:(?:new|latest)\s+)?(?:study|paper|research|trial|analysis|authors|study's\s+authors)(?![\p{L}-])/iu;

/** The one body the text says its researchers work at (a name with a body's word in it), or null (none, or several). */
export function researchBody(text: string): string | null {
  const bodies = new Set<string>();
  for (const m of text.matchAll(TEAM_AT_RE)) {
    if (m[1]!.split(/\s+/u).some((w) => ORGANISATION_HEADS.has(w.toLowerCase()))) bodies.add(m[1]!);
  }
  return bodies.size === 1 ? [...bodies][0]! : null;
}
