/**
 * A word shaped as a verb of the present or the past ("советует", "советуют", "советовала"), not the body noun it begins
 * like ("совет", "совета", "советом"): a body's stem matched at a word's start would read «Name советует не спешить»
 * as a council's name.
 */
const RU_VERB_ENDING_RE = /\p{Ll}{2,}(?:ует|уют|уем|уется|уются|овал|овала|овали|овало)$/u;

export function looksLikeRussianVerb(lower: string): boolean {
  return RU_VERB_ENDING_RE.test(lower);
}
