// «Жители нескольких домов в поселке Кужбал Нейского района жалуются …»: a plural word for people opening the phrase,
// then a settlement's word and the capitalised words after it: those words are the settlement's name (and its
// district's adjective), never a person's first name and surname, since a group bears no one name; the phrase is an
// unnamed group. (One capitalised word after a settlement's word with a singular post, «фельдшер в селе Name», is read
// as a described person, as before.)

/** A settlement's word in the prepositional or the genitive («в поселке», «жители деревни»). */
const SETTLEMENT_WORD_RE = /^(?:деревн[еи]|сел[еа]|поселк[еа]|посёлк[еа]|кишлак[еа]|аул[еа]|станиц[еы]|хутор[еа]|райцентр[еа])$/u;

/** A plural for people by its ending (-ы, or -и after a consonant: «жители», «фермеры», «рыбаки»). */
const PLURAL_RE = /^\p{L}\p{Ll}{3,}(?:ы|[бвгджзклмнпрстфхцчшщ]и)$/u;

/**
 * Whether the phrase (`words` in lower case) opens with a plural word for people (`isPeopleWord`: the caller's test)
 * and the one or two words read as a name (from `nameFrom` on, to the end) come right after a settlement's word.
 */
export function isGroupAtNamedSettlement(words: readonly string[], nameFrom: number, isPeopleWord: (w: string) => boolean): boolean {
  const nameLength = words.length - nameFrom;
  return nameFrom >= 2 && nameLength >= 1 && nameLength <= 2 && PLURAL_RE.test(words[0]!) && isPeopleWord(words[0]!)
    && SETTLEMENT_WORD_RE.test(words[nameFrom - 1]!);
}

// («Владельцы гостиниц в Терсколе жалуются», «хозяева кафе в Суздале и Владимире говорят»: a plural word for people, up
// to three lower-case words of whose or what they are, then «в» / «во» / «на» and one place's name, or two joined by «и»,
// closing the phrase: the names are where they are, never one person's; the phrase is an unnamed group. The last name
// was read as a surname with the people's word as its post (thirty-sixth session, test-54 r04). Guards: the plural word
// first; nothing capitalised before the preposition; each place one capitalised word.)
const CAPITALISED_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/** Whether `words` (as printed) are a plural people's word, lower-case words, «в» and one or two places' names. */
export function isGroupAtNamedPlaces(words: readonly string[], isPeopleWord: (w: string) => boolean): boolean {
  const at = words.findIndex((w, k) => k >= 1 && ['в', 'во', 'на'].includes(w));
  if (at < 1 || at > 4 || !PLURAL_RE.test(words[0]!.toLowerCase()) || !isPeopleWord(words[0]!.toLowerCase())) return false;
  if (!words.slice(1, at).every((w) => /^\p{Ll}{2,}$/u.test(w))) return false;
  const places = words.slice(at + 1);
  return (places.length === 1 && CAPITALISED_RE.test(places[0]!))
    || (places.length === 3 && CAPITALISED_RE.test(places[0]!) && places[1] === 'и' && CAPITALISED_RE.test(places[2]!))
    || isStreetOrPlaceOfTwo(places);
}

// (Thirty-seventh session: «Продавцы магазина на Большой Покровской говорят», «Жители домов на улице Ленина жалуются»,
// «Водители на Северном Обходе»: a place named by an adjective in the prepositional and its noun, or a street's word and
// its name, closes the phrase the same way; the capitalised words were read as a first name and surname, or as a surname
// with the people's word as its post. Guards: the adjective capitalised and in -ой / -ей / -ом / -ем, then one
// capitalised word; or a lower-case word for a street, square or the like in the prepositional, then one capitalised word
// or such an adjective and its word; nothing more.)
const LOCATIVE_ADJECTIVE_RE = /^\p{Lu}\p{Ll}+(?:ой|ей|ом|ем)$/u;
const STREET_WORD_RE = /^(?:улице|проспекте|площади|набережной|бульваре|переулке|шоссе|проезде|тракте|рынке|станции|острове|трассе)$/u;

function isStreetOrPlaceOfTwo(places: readonly string[]): boolean {
  const named = (rest: readonly string[]) => (rest.length === 1 && CAPITALISED_RE.test(rest[0]!))
    || (rest.length === 2 && LOCATIVE_ADJECTIVE_RE.test(rest[0]!) && CAPITALISED_RE.test(rest[1]!));
  return (places.length === 2 && LOCATIVE_ADJECTIVE_RE.test(places[0]!) && CAPITALISED_RE.test(places[1]!))
    || (places.length >= 2 && STREET_WORD_RE.test(places[0]!) && named(places.slice(1)));
}
