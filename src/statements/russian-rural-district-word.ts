// «Фермер из Аглонской волости Name Surname», «рыбак из Печорской волости Name Surname»: «волость», the rural district of
// Latvia, Estonia and the Pskov region in Russian copy, is a region's word as «района» or «округа» is, so that a word for a
// person, «из», the district's adjective and this word, then a full name, read as a description and the named person (it
// was read as nothing, and the statement went to the byline's author or to no one).
// (Fortieth session, test-58 r10's «Фермер из Аглонской волости Инга Страуме сообщила LSM, что …».)
// Guards: only the noun's case forms in lower case («волость», «волости», «волостью»); the adjective before it
// capitalised, as the caller's region reading already asks.

/** Whether `lower` is a form of «волость». */
export function isRuralDistrictWord(lower: string): boolean {
  return /^волост(?:ь|и|ью|ей|ям|ями|ях)$/u.test(lower);
}
