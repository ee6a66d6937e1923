// «Name на вопросы о цене отвечает уклончиво: мол, все решат испытания», «Его коллега Name высказался мягче: мол, …»,
// «В управлении это опровергли: мол, …»: the particle «мол» after a colon marks what follows as someone's words retold,
// the way «, что» after a verb of saying does; whose words they are is the subject of the part before the colon. It had
// been read as no frame, so the clause was not found (thirty-ninth session, tenth Russian speaker probe: d2111, d2113,
// d2114, d2115). Guards: «мол» right after the colon and set off by a comma; the part before the colon holds a verb (a
// past form in «-л», or a present one) after its subject; the subject is read as a frame's subject is, without an adverb
// of time opening the sentence («Поначалу там отнеслись …»: «там») and without a phrase with a preposition after the
// subject's last capitalised word and before the verb («Name на вопросы о цене отвечает …»: Name).

const MOL_RE = /:\s*мол\s*,\s*/u;
const VERB_RE = /^\p{Ll}{2,}(?:л|ла|ло|ли|лся|лась|лись|ет|ют|ит|ят|ат|ут|ется|ются|ится|ятся)$/u;

const OPENING_ADVERBS = new Set(['поначалу', 'сначала', 'сперва', 'тогда', 'потом', 'затем', 'теперь', 'сейчас', 'вчера', 'сегодня', 'позже', 'позднее', 'впрочем']);
const PREPOSITIONS = new Set(['в', 'во', 'на', 'о', 'об', 'по', 'с', 'со', 'к', 'ко', 'из', 'от', 'у', 'за', 'при', 'после', 'перед', 'для', 'про']);

/**
 * Where «: мол,» is in `sentence`, where the clause after it starts, where the verb before it starts, and where the
 * subject starts and ends; else null.
 */
export function molFrame(sentence: string): { colon: number; clauseAt: number; verbAt: number; verb: string; subjectAt: number; subjectEnd: number } | null {
  const m = MOL_RE.exec(sentence);
  if (!m) return null;
  const words = [...sentence.slice(0, m.index).matchAll(/[\p{L}-]+/gu)];
  const verb = words.find((w, k) => k > 0 && VERB_RE.test(w[0]));
  if (!verb) return null;
  const k = words.indexOf(verb);
  const skip = OPENING_ADVERBS.has(words[0]![0].toLowerCase()) ? 1 : 0;
  const between = words.slice(skip + 1, k);
  const lastCapital = between.findLastIndex((w) => /^\p{Lu}/u.test(w[0]));
  const inner = lastCapital < 0 ? undefined : between.slice(lastCapital + 1).find((w) => PREPOSITIONS.has(w[0]));
  const subjectAt = skip < k ? words[skip]!.index : verb.index;
  return { colon: m.index, clauseAt: m.index + m[0].length, verbAt: verb.index, verb: verb[0], subjectAt, subjectEnd: inner ? inner.index : verb.index };
}
