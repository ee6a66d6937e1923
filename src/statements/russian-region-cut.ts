// «фельдшера из села Сельцо Архангельской области Наталью Сергеевну Ершову»: a region's or district's adjective
// («Архангельской», «Кировского») and its lower-case word («области», «района») are one place's name. A speaker phrase cut
// between them ends in a capitalised word that looks like a woman's or a man's surname in the genitive, and reads the
// word before it as a first name («Сельцо Архангельская»); such a cut is never the phrase's end.

import type { Token } from './speaker-phrase.ts';

/** The lower-case words a region's or district's adjective comes before, in the cases a speaker phrase holds them. */
const REGION_WORD_RE = /^(?:област(?:ь|и|ью)|кра(?:й|я|ю|е|ем)|район(?:а|у|е|ом)?|округ(?:а|у|е|ом)?|улус(?:а|у|е|ом)?)$/u;

/** Whether ending a phrase before `tokens[n]` would part a place's capitalised adjective from its region word. */
export function cutsRegionName(tokens: readonly Token[], n: number): boolean {
  const next = tokens[n];
  const last = tokens[n - 1];
  return next !== undefined && last !== undefined && REGION_WORD_RE.test(next.text)
    && /^\p{Lu}\p{Ll}+(?:ской|цкой|ского|цкого|ском|цком|ому|ему|ой|ей|ого|его)$/u.test(last.text);
}
