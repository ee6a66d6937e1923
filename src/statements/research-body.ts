// "Researchers at Northgate University followed 164 adults …" with "The study found that …", "The authors wrote that …",
// "…, study finds": a study the text gives no author, whose researchers it places at one body, is that body's (as "a new
// study by the University of X" is); so are its authors' words, and a "they" that goes on from them.
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

/** "Researchers at X", "scientists from the X", "a team at X": the body the research was done at. */
// ("the Institute for Alpine Environmental Research": "for" joins a body's name as "of" does.)
const TEAM_AT_RE = /(?<![\p{L}-])(?:[Rr]esearchers|[Ss]cientists|[Aa]cademics|[Aa]\s+team|[Tt]he\s+team)\s+(?:at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}'\u2019-]*){0,5})/gu;

/** A speaker mention that is a study or its authors: "The study", "a study published …", "study", "The authors". */
// (Not "researchers" or "scientists" speaking themselves, "Researchers at the X said …": people left unnamed, as the
// development part has them, d684, test-6's b16.)
export const STUDY_MENTION_RE = /^(?:(?:a|an|the|this|their|its)\s+)?(?:(?:new|latest)\s+)?(?:study|paper|research|trial|analysis|authors|study's\s+authors)(?![\p{L}-])/iu;

/** Words for a place research is done at that name a body too ("the Centre for Upland Soils", "the X Laboratory"). */
const RESEARCH_PLACES = new Set(['centre', 'center', 'laboratory', 'laboratories', 'observatory']);

/** The one body the text says its researchers work at (a name with a body's word in it), or null (none, or several). */
export function researchBody(text: string): string | null {
  const bodies = new Set<string>();
  for (const m of text.matchAll(TEAM_AT_RE)) {
    if (m[1]!.split(/\s+/u).some((w) => ORGANISATION_HEADS.has(w.toLowerCase()) || RESEARCH_PLACES.has(w.toLowerCase()))) bodies.add(m[1]!);
  }
  return bodies.size === 1 ? [...bodies][0]! : null;
}

/**
 * "…, researchers at the Institute for X report in the journal Y." / "Scientists at Z write in Nature that …": researchers
 * at one body who publish in a journal or a study speak as the study does, for the body (d1054's study shape), and "the
 * researchers" who speak again later are the same authors. Guards: the verb one of publishing (report, write, publish,
 * describe) with "in" and a journal or a study right after it; the mention's researchers placed at that body ("at" /
 * "from"). "Researchers at X said …" (d684) is no publication and stays unnamed.
 */
export function publishedByResearchersAt(mention: string, cue: string, after: string, body: string): boolean {
  if (!publishes(cue, after)) return false;
  return new RegExp(`^(?:[Rr]esearchers|[Ss]cientists|[Aa]cademics)\\s+(?:at|from)\\s+(?:the\\s+)?${escapeRegExp(body)}$`, 'u').test(mention);
}

/** A verb of publishing with "in" and a journal or a study right after it ("write in the journal X"). */
function publishes(cue: string, after: string): boolean {
  return /^(?:reports?|reported|writes?|wrote|publish(?:es|ed)?|describe[sd]?)$/iu.test(cue)
    && /^\s+in\s+(?:(?:the|a|an|their)\s+)?(?:(?:journal|study|paper|report)\b|\p{Lu})/u.test(after);
}

/**
 * "…, a University of X study has found." then "The researchers write in the journal Y that …": the lead's study has a
 * maker the text names, and its researchers, publishing it, speak for that body as the study does (researchers placed
 * "at" a body already do, above). Thirty-fourth session, test-47 w07. Guards: the mention "the researchers / scientists /
 * authors" alone, a verb of publishing with "in" and a journal or study after it (so "The researchers said …", which the
 * development part leaves unnamed, d684, stays so), and one body's study named before.
 */
export function studyAuthorsPublishing(mention: string, cue: string, after: string): boolean {
  return AUTHORS_AGAIN_RE.test(mention) && publishes(cue, after);
}

/** "The researchers say", "the scientists said": the authors again, once they spoke as a publication. */
export const AUTHORS_AGAIN_RE = /^the\s+(?:researchers|scientists|authors)$/iu;
