// Men's first names whose vowel drops when they decline: «Павел» → «Павла», «Павлу», «Павлом», «Павле»; «Лев» → «Льва».
// The common rule (strip the case ending) leaves «Павл», «Льв»: these are put back whole
// («в постановке режиссера Павла Ремизова» … «Ремизов рассказал» → Павел Ремизов).

const FLEETING_VOWEL_NAMES: ReadonlyMap<string, string> = new Map(
  [
    ['Павел', 'Павл'],
    ['Лев', 'Льв'],
  ].flatMap(([nominative, stem]) => ['а', 'у', 'ом', 'е'].map((ending) => [`${stem}${ending}`, nominative] as [string, string])),
);

/** The nominative of a man's first name with a fleeting vowel in an oblique case («Павла» → Павел), or null. */
export function fleetingVowelNameNominative(word: string): string | null {
  return FLEETING_VOWEL_NAMES.get(word) ?? null;
}
