// "Rural Doctors of British Columbia, which represents about 700 physicians, said in a submission that …": capitalised
// words that read as a group of people ("Doctors", "Farmers") before a "which" aside are a body's name; "which" is never
// said of people, who take "who" ("Residents of Clearwater, who …, said" stays an unnamed group). So are capitalised
// words read as a person's name with no post ("Country Nurses of Manitoba, which …"), as for "…, which said" after one.
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** The subject's own words: capitalised words, "of", "for", "and", "the" between them, perhaps after "The". */
const CAPITALISED_NAME_RE = /^\s*(?:The\s+)?(\p{Lu}[\p{L}'\u2019&-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'\u2019&-]*))*\s+\p{Lu}[\p{L}'\u2019&-]*)\s*$/u;
/** A relative aside opened by "which". */
const WHICH_ASIDE_RE = /^\s*which\s/u;

/**
 * The body named by `subject` (the segment before the aside), when the phrase read from it is an unnamed group in the
 * plural or a name with no post, the aside after it opens with "which", and the subject is two capitalised words or
 * more; else null.
 */
export function groupNamedBody(subject: string, aside: string, phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  const readAsPeople = (phrase?.kind === 'anonymous' && phrase.plural) || (phrase?.kind === 'name' && phrase.roles.length === 0);
  if (!phrase || !readAsPeople || !WHICH_ASIDE_RE.test(aside)) return null;
  const name = CAPITALISED_NAME_RE.exec(subject)?.[1];
  return name ? { kind: 'organisation', body: name, name: [], roles: [], qualifier: null, start: phrase.start, end: phrase.end } : null;
}
