// Someone described, not named, whom an aside then gives a name: the name they gave ("A tomato seller, who gave her name
// only as Ama, said"), the one they asked to be known by ("who asked to be identified only by his first name, Kojo"), or
// the one a report or the paper gives them ("One mother of two, whom the charity calls Wiremu to protect his privacy,
// …"), or the family name alone a description gives them ("The depot's manager, surnamed Lo, said"). That name is
// who spoke, a person: the development and read parts annotate it so, a first name alone or a pseudonym, as they do
// "who gave her name as Name" (an unnamed source is one the text gives no name at all).

import { isLetterLabel } from './letter-label-no-name.ts';
import { isPersonNoun } from './vocabulary.ts';

/** A name as an aside prints it: one to four capitalised words ("Sunil", "Mrs Chan", "Mak Teh"). */
const NAME = "(\\p{Lu}[\\p{L}'\\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\\u2019-]*){0,3})";
const POSSESSIVE = '(?:his|her|their)';
const REFLEXIVE = '(?:himself|herself|themselves)';

/** The aside's words up to the name, each form with "only" where copy puts it. */
const ASIDE_FORMS = [
  // "who gave her name (only) as", "who gave only his first name,", "who would give only her first name,", "who simply
  // gave his name as"
  `who\\s+(?:would\\s+)?(?:(?:only|simply|just)\\s+)?(?:gave|give)\\s+(?:only\\s+)?${POSSESSIVE}\\s+(?:first\\s+|full\\s+|given\\s+)?name(?:\\s+only)?(?:\\s+as\\s+|,\\s*)`,
  // "who identified herself (only) as", "who introduced himself as", "who simply identified himself as"
  `who\\s+(?:(?:only|simply|just)\\s+)?(?:identified|introduced)\\s+${REFLEXIVE}\\s+(?:only\\s+)?as\\s+`,
  // "who asked to be identified only as", "who asked to be called", "who asked to be identified only by her first name,"
  `who\\s+(?:asked|wished|wanted|preferred)\\s+to\\s+be\\s+(?:identified|called|known|named|referred\\s+to)\\s+(?:only\\s+)?(?:by\\s+${POSSESSIVE}\\s+(?:first|given)\\s+name,?\\s+)?(?:as\\s+)?`,
  // "who asked that only her first name, Chloe, be used", "who asked that she be identified only as", "who requested that
  // only his given name be printed" has no name to give.
  `who\\s+(?:asked|requested)\\s+that\\s+(?:only\\s+${POSSESSIVE}\\s+(?:first|given)\\s+name,?\\s+|(?:she|he|they)\\s+(?:be|is|was)\\s+(?:identified|called|known|named)\\s+(?:only\\s+)?(?:by\\s+${POSSESSIVE}\\s+(?:first|given)\\s+name,?\\s+)?(?:as\\s+)?)`,
  // "whom the report calls", "whom we are calling", "whom this newspaper has called", "whom we'll call"
  `whom\\s+(?:the\\s+\\p{Ll}+|this\\s+\\p{Ll}+|we|we['\\u2019]ll)\\s+(?:calls?|(?:is|are|will|has|have)\\s+(?:calling|call|called|named))\\s+`,
  // "identified only as", "known only as" (a participle's aside)
  '(?:identified|known)\\s+only\\s+as\\s+',
  // "surnamed Lo", "a driver surnamed Chan": Hong Kong and Chinese copy's way of giving only a family name
  '(?:who\\s+is\\s+)?surnamed\\s+',
];

/** The aside opens right after the described person's words: after a comma, or run on without one ("a tenant who gave …"). */
const ASIDE_RE = new RegExp(`(?:,\\s*|\\s+)(?:${ASIDE_FORMS.join('|')})${NAME}`, 'u');

/** How far after the description the aside may open: the rest of the description, with no stop, quotation mark or comma. */
const DESCRIPTION_RUNS_ON_RE = /^[^,.;:!?"\u201C\u201D\n]{0,100}$/u;

/**
 * Or an appositive that describes the same person again, indefinite ("One worker, a cleaner who gave her name only as
 * Name, said", "A parent, a nurse at the clinic, who gave …"). Guards: it opens with "a" / "an" and holds no verb of
 * saying, so '"…," said a nurse, a friend told …' is not one.
 */
const APPOSITIVE_RE = /^,\s*(?:a|an)\s+(?![^,.;:!?"\u201C\u201D\n]*\b(?:said|says|told|tells|added|adds)\b)[^,.;:!?"\u201C\u201D\n]{1,80}$/u;

/**
 * The name an aside gives someone the text described, where the description runs from `start` to `end` (the aside may
 * lie inside it, when the description ran on over a relative clause, or open after it and the rest of the description):
 * the name as printed and where it starts, else null.
 */
export function nameGivenInAside(text: string, start: number, end: number): { name: string; at: number } | null {
  const window = text.slice(start, end + 200);
  const m = ASIDE_RE.exec(window);
  if (!m) return null;
  // (After the description, only the description's own words may come between: not '… said the nurse, who gave …'.)
  const between = window.slice(end - start, m.index);
  if (m.index > end - start && !DESCRIPTION_RUNS_ON_RE.test(between) && !APPOSITIVE_RE.test(between)) return null;
  // ("identified in the filing only as Employee A": a person's noun and a letter is a label, no name; letter-label-no-name.ts.)
  if (isLetterLabel(m[1]!, isPersonNoun)) return null;
  // ("identified herself as Labour", no: the name must be one of a person, which the caller checks by parsing it.)
  return { name: m[1]!, at: start + m.index + m[0].length - m[1]!.length };
}

/**
 * After a lone name, an aside saying it is a first name or a pseudonym: "Mereana (not her real name) said", "Tane, who
 * asked that his surname not be used, said", "Hine, whose surname is withheld, …". A lone unknown word is otherwise read as
 * a body's name ("Ruritania announced"); this one is a person's.
 */
const FIRST_NAME_ONLY_RE = new RegExp(
  '^(?:,\\s*\\d{1,3})?(?:\\s*\\((?:not\\s+(?:his|her|their)\\s+real\\s+name|a\\s+pseudonym|names?\\s+(?:(?:has|have)\\s+been\\s+)?changed)\\)'
    + '|\\s*,\\s*(?:who|whose)\\s[^,.;:!?()"\\u201C\\u201D\\n]{0,60}?(?<!\\p{L})(?:surname|last\\s+name|family\\s+name|first\\s+name|real\\s+name)(?!\\p{L}))',
  'u',
);

/** Whether the text right after a lone name (from `end`) says that it is a first name or a pseudonym. */
export function firstNameOnlyAfter(text: string, end: number): boolean {
  return FIRST_NAME_ONLY_RE.test(text.slice(end, end + 100));
}
