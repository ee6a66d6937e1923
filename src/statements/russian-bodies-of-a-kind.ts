/**
 * A body's common noun in the nominative plural («агентства», «компании», «банки», «предприятия», «управления»): as a
 * sentence's whole subject before a plural verb («Агентства жалуются, что …», «Банки утверждают, что …») it is bodies of
 * a kind, none of them named, so an unnamed group, not a body the text names. The plural verb is what tells the plural
 * from the genitive singular of the same spelling («агентства», «компании»); the caller checks the verb and that the
 * word is a body's.
 */
const RU_BODY_PLURAL_RE = /^\p{Ll}+(?:[иы]|ства|тия|ения|ания)$/u;
/**
 * Plurals that point back at bodies the text named or means, not at bodies of a kind: «Стороны договорились» is the two
 * parties to the talks, «Власти считают» the authorities of the place the text is about.
 */
const POINTING_BACK = new Set(['стороны', 'власти']);

export function isBodyNounPlural(lower: string): boolean {
  return RU_BODY_PLURAL_RE.test(lower) && !POINTING_BACK.has(lower);
}
