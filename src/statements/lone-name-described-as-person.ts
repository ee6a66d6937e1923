// A lone name that the words right after it describe as someone: "Kanagammah, a 52-year-old plucker who has worked …,
// said", "Halima, a midwife who asked …, said". A lone unknown word is otherwise read as a body's name ("Ruritania
// announced"); an indefinite description with an age in years, or one a "who" goes on from, says it is a person's.
// (Not "Veolia, a French water company that …", "Unite, a union who …", "Harrods, a 175-year-old store": a description
// naming a body's kind, or one "that" / "which" goes on from, or an age no person has, leaves a body.)
import { BODY_KINDS } from './speaker-phrase.ts';

/** ", a[n] <lower-case description> who …" or ", a[n] <N>-year-old …": the description (its words) and the age if any. */
const DESCRIBED_RE = /^,\s+an?\s+(?:(\d{1,3})-year-old\s+)?([\p{Ll}'\u2019-]+(?:\s+[\p{Ll}'\u2019-]+){0,5}?)(?=\s+who\s|,|\s+(?:from|in|at|of|with)\s)/u;

/**
 * ", who <a verb of one's own life or work> …": "Ravinesh, who farms 12 acres, said", "Mele, who has lived on the atoll
 * all her life, said". A body may be "who" in British copy ("Unite, who represent …"), but it farms, lives, is born or
 * retires no more than it has a first name.
 */
const WHO_LIVES_RE = /^,\s+who\s+(?:(?:has|had)\s+(?:been\s+)?)?(?:farms|farmed|farming|fishes|fished|fishing|lives|lived|living|grew\s+up|was\s+born|teaches|taught|teaching|studies|studied|studying|retired|drives|driven|driving|worked|working)\s/u;

/** The oldest age in years a description of a person gives. */
const OLDEST = 110;

/** Whether the text right after a lone name (from `end`) describes it as a person. */
export function describedAsPerson(text: string, end: number): boolean {
  const after = text.slice(end, end + 100);
  if (WHO_LIVES_RE.test(after)) return true;
  const m = DESCRIBED_RE.exec(after);
  if (!m) return false;
  const words = m[2]!.split(/\s+/u);
  if (words.some((w) => BODY_KINDS.has(w))) return false;
  if (m[1] !== undefined) return Number(m[1]) <= OLDEST;
  return /^\s+who\s/u.test(text.slice(end + m[0].length, end + m[0].length + 6));
}
