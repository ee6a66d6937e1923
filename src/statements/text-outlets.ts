// Outlets a Russian text teaches by naming its own people or rooms: «в редакцию «АиФ»», «Читатели «МК»»,
// «корреспонденту «СП»». An outlet's short name in «» (most often an acronym) is endless and looks like a company's;
// once the text marks it as an outlet, «Эксперт «АиФ», председатель … Name считает» and «рассказала «АиФ» Name» read
// it as whom the words were told, as «Известиям» is (vocabulary-ru.ts RU_MEDIA_STEMS). So does a broadcaster's air: «в
// эфире «Вестей» заявила».
import { TaughtWords } from './taught-words.ts';

/**
 * A word for an outlet's newsroom, readers or staff, then a one-word name in «»; or a broadcaster's air, channel or
 * station («в эфире «Вестей»», «телеканалу «Губерния»»), where the words were said, not who said them.
 */
const OUTLET_PEOPLE_RE = /(?<![\p{L}-])(?:редакци|читател|корреспондент|журналист|подписчик|обозревател|колумнист|эфир|телеканал|радиостанци)\p{Ll}{0,4}\s+\u00AB([^\u00AB\u00BB\s]{2,15})\u00BB/giu;

/** The names (lower case) `text` marks as an outlet's. One scan of the text. */
export function outletsTaughtByText(text: string): ReadonlySet<string> {
  const outlets = new Set<string>();
  for (const m of text.matchAll(OUTLET_PEOPLE_RE)) outlets.add(m[1]!.toLowerCase());
  return outlets;
}

/** Outlets the text being read teaches (see taught-words.ts). */
export const TAUGHT_OUTLETS = new TaughtWords();

/** Whether a word (lower case) is an outlet the text being read has marked as one. */
export function isTaughtOutlet(lower: string): boolean {
  return TAUGHT_OUTLETS.has(lower);
}
