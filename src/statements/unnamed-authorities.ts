// "local authorities said", "the authorities": bodies nobody names, an unnamed source, however they are described —
// "The health authorities in Salamat province … say": an article, lower-case words saying which authorities, and where
// they sit ("in" a place, perhaps with its kind of area) (not "Chinese authorities": a nationality makes them the state's).
import type { Token } from './speaker-phrase.ts';
import { ADMINISTRATIVE_AREAS, isNationality } from './vocabulary.ts';

/** Lower-case words for an area that ADMINISTRATIVE_AREAS does not hold ("in Jigawa state", "in the Northern territory"). */
const OTHER_AREAS = new Set(['state', 'department', 'territory']);
/**
 * Words for the level or the field of authorities, capitalised only because they open a sentence ("Local authorities
 * said", "Provincial authorities have warned"): no place's name, so the phrase is as unnamed as "the local authorities".
 */
const LEVELS_OPENING_A_SENTENCE = new Set(['local', 'regional', 'provincial', 'municipal', 'federal', 'state', 'city',
  'district', 'county', 'health', 'police', 'port', 'customs', 'border', 'military', 'civil', 'tax', 'education', 'water']);
/** Words that open the predicate after the subject, when a phrase is read on past its verb ("… have confirmed … and"). */
const PREDICATE_OPENERS = new Set(['have', 'has', 'had', 'are', 'were', 'will', 'would', 'could', 'can', 'may', 'also', 'later']);

/** Whether `tokens` are "[the] <lower-case words> authorities [in <Place> [area]]", none of the words a nationality. */
export function isUnnamedAuthorities(tokens: readonly Token[]): boolean {
  const at = tokens.findIndex((t) => t.lower === 'authorities');
  if (at < 0) return false;
  const before = tokens.slice(tokens[0]?.lower === 'the' ? 1 : 0, at);
  const lowerCase = (t: Token, k: number) => /^\p{Ll}/u.test(t.text) || (k === 0 && tokens[0] === t && LEVELS_OPENING_A_SENTENCE.has(t.lower));
  if (!before.every((t, k) => lowerCase(t, k) && !isNationality(t.lower))) return false;
  let rest = tokens.slice(at + 1);
  // ("… in Salamat province", "… in the Kibuye district", "… in Ouham": one to three capitalised words, then an area's word.)
  if (rest[0]?.lower === 'in') {
    let k = rest[1]?.lower === 'the' ? 2 : 1;
    const from = k;
    while (k < rest.length && k - from < 3 && /^\p{Lu}\p{Ll}/u.test(rest[k]!.text) && !rest[k]!.possessive) k++;
    if (k === from) return false;
    if (rest[k] && (ADMINISTRATIVE_AREAS.has(rest[k]!.text) || OTHER_AREAS.has(rest[k]!.text))) k++;
    rest = rest.slice(k);
  }
  return rest.length === 0 || PREDICATE_OPENERS.has(rest[0]!.lower);
}
