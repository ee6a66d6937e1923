// "Rangi Potaka said" in a text that prints "Rangi Te Awhe Potaka" (an obituary's first line, a profile's full name),
// "Thomas Blake" after "Thomas Edward Blake": a first name and a surname, with the words between them in the fuller
// form left out (middle names, a particle, a second given name), are that fuller name's short form. The canonical name
// is the fullest form the text prints.

/**
 * Whether `short` (name words, keyed) is `full` (keyed) with one to three words dropped between the first and the last:
 * the same first name and the same surname.
 */
export function isWithMiddleNamesDropped(full: readonly string[], short: readonly string[]): boolean {
  return short.length === 2 && full.length >= 3 && full.length <= 5 && full[0] === short[0] && full.at(-1) === short[1];
}
