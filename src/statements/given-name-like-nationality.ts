// (Forty-third session, d2400 and d2403.) "Ossian Rendall said", "For the objectors, Marthese Borg said": a capitalised word
// that only its ending ("-ian", "-ean", "-ese", "-ish") makes a nationality, right before one capitalised word that closes
// the speaker's words, is a given name and the pair a person's name. Before, the word was read as whose the speaker is
// (a nationality) and the speaker became the surname alone ("Rendall"), or the word was no first name, so the surname went
// to another of its bearers. In the development and read parts every "Xian / Xese / Xish Surname said" so printed is a
// given name ("Satish Nandan", "Ealish Corkhill", "Varghese Kurian") or a body's name, and a body keeps its reading.
// Guards: no listed nationality ("Irish", "Scottish", "Spanish") nor a people's adjective of PEOPLES; the word printed as
// a name (one capital, then small letters); one word after it, capitalised, no possessive, no acronym, no post and no
// body's word ("Parish Council", "Cambrian Coachways"); nothing after the two.
import { isNationalityByEndingOnly, ORGANISATION_HEADS, ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';
import type { WrittenWord } from './written-word.ts';

interface Word extends WrittenWord {
  readonly possessive?: boolean;
}

/**
 * Peoples' and places' adjectives of those endings that the vocabulary leaves to the ending alone: never a given name, so
 * "Russian Medvedev has said" (a wire's nationality before a surname) keeps its reading. (A corpus text's "Russian
 * Medvedev" made a second "Medvedev" bearer in the first version, and dev d26's "Medvedev posted" lost its full name.)
 */
const PEOPLES = new Set(['russian', 'ukrainian', 'belarusian', 'georgian', 'armenian', 'estonian', 'latvian', 'lithuanian',
  'romanian', 'bulgarian', 'hungarian', 'serbian', 'croatian', 'bosnian', 'slovenian', 'albanian', 'macedonian', 'moldovan',
  'austrian', 'belgian', 'norwegian', 'italian', 'indian', 'iranian', 'syrian', 'jordanian', 'palestinian', 'egyptian',
  'algerian', 'tunisian', 'libyan', 'nigerian', 'ethiopian', 'tanzanian', 'zambian', 'gambian', 'namibian', 'mauritanian',
  'brazilian', 'canadian', 'australian', 'colombian', 'bolivian', 'peruvian', 'argentinian', 'indonesian', 'malaysian',
  'cambodian', 'mongolian', 'asian', 'european', 'korean', 'chilean', 'caribbean', 'guinean', 'eritrean', 'singaporean',
  'chinese', 'japanese', 'vietnamese', 'portuguese', 'maltese', 'lebanese', 'sudanese', 'taiwanese', 'burmese', 'congolese',
  'senegalese', 'togolese', 'nepalese', 'balinese', 'javanese', 'sinhalese', 'beninese', 'gabonese', 'guyanese',
  'british', 'spanish', 'danish', 'swedish', 'finnish', 'polish', 'turkish', 'kurdish', 'scottish', 'cornish', 'flemish',
  'english', 'jewish', 'bavarian', 'sicilian', 'parisian', 'californian', 'tasmanian', 'haitian', 'jamaican', 'kenyan',
  'ghanaian', 'ugandan', 'rwandan', 'liberian', 'mauritian', 'fijian', 'samoan', 'tongan', 'papuan', 'bahamian',
  'bhutanese', 'surinamese', 'cameroonian', 'ivorian', 'malian', 'angolan', 'zimbabwean', 'paraguayan',
  'uruguayan', 'venezuelan', 'ecuadorian', 'honduran', 'nicaraguan', 'salvadoran', 'guatemalan', 'panamanian', 'cuban',
  'dominican', 'bangladeshi', 'afghan', 'azerbaijani', 'kazakhstani', 'uzbekistani', 'tajikistani', 'kyrgyzstani',
  'arabian', 'persian', 'crimean', 'siberian', 'chechen', 'dagestani', 'tatar', 'caucasian', 'nordic', 'iberian',
  'mediterranean', 'andean', 'amazonian', 'victorian']);

/** Whether `first` then `next` (the last of the words) are a given name in a nationality's shape and a surname. */
export function isGivenNameLikeNationality(first: Word, next: Word | undefined, nextIsLast: boolean, isBodyWord: (lower: string) => boolean): boolean {
  if (!next || !nextIsLast || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !isNationalityByEndingOnly(first.lower) || PEOPLES.has(first.lower)) return false;
  if (first.possessive || next.possessive || !/^\p{Lu}\p{Ll}[\p{L}'\u2019-]*$/u.test(next.text)) return false;
  return !ROLE_NOUNS.has(next.lower) && !ROLE_MODIFIERS.has(next.lower) && !ORGANISATION_HEADS.has(next.lower) && !isBodyWord(next.lower);
}
