// «Кассу закрыли на станции Горелый Бор.», «На станции Горелый Бор закрыли кассу»: one or two capitalised words after a
// preposition and a station's or a settlement's word are the place's name (an adjective and a noun, as many such names
// are), not a person's; read as a full name, the place became the one a later bare «Кассир рассказала» or «Водитель
// рассказал» meant (forty-fourth session, dev d2472). Guard: a preposition of place, then the place's word in an oblique
// case, then the name, nothing between and nothing after it.

const PLACE_NAME_AFTER_WORD = /(?:^|\s)(?:в|во|на|у|до|от|из|под|за|возле|около|близ)\s+(?:станци[июейя]|платформ[аеыу]|полустанк[аеу]|разъезд[аеу]|деревн[еиюя]|сел[еаоу]|поселк[еау]|посёлк[еау]|хутор[еау]|станиц[еыу]|урочищ[еау]|садоводств[еау]|микрорайон[еау])\s+\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)?\s*$/iu;

/** Whether `upToName`, the sentence's words up to the end of a name read in it, ends with a place's word and that name. */
export function isPlaceNameAfterPlaceWord(upToName: string): boolean {
  return PLACE_NAME_AFTER_WORD.test(upToName);
}
