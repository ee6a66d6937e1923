// «фермер из соседней деревни Name Surname», «пенсионерка с нашей улицы Name Surname»: where someone is from, given by a
// lower-case adjective and a place's word rather than by the place's own name, between a word for a person and their full
// name, is part of the description; the person is named, as after «из Тамбовской области» or «из села Name».
// Guards: the place's word is one for a settlement, a district, a street or a house, so that a body («из областного
// минздрава») or a thing («с прошлого года») is not read as where someone is from; the adjective is in the genitive.

/** Words for where someone lives, in the genitive, lower case. */
const PLACE_WORD = /^(?:деревни|села|поселка|посёлка|города|городка|района|микрорайона|улицы|двора|дома|квартала|аула|станицы|хутора|кишлака|махалли)$/u;
/** An adjective in the genitive singular ("соседней", "нашего", "горного"). */
const GENITIVE_ADJECTIVE = /^\p{Ll}{3,}(?:ой|ей|ого|его)$/u;

/** Whether `words` (a preposition «из» / «с» / «со», an adjective, a place's word) say where someone is from, unnamed. */
export function isDescribedPlaceBeforeName(words: readonly string[]): boolean {
  return words.length === 3 && ['из', 'с', 'со'].includes(words[0]!) && GENITIVE_ADJECTIVE.test(words[1]!) && PLACE_WORD.test(words[2]!);
}
