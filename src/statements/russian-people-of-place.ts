// People of a kind, in the plural, then where they are from in the genitive, opening a sentence ("Фермеры Араратской
// долины жалуются", "Рыбаки Онежского побережья говорят"): the plural's capital is the sentence's and the place's
// adjective is capitalised too, so the pair looks like a first name and a surname; it is an unnamed group.

/** A plural for people by its ending (-ы, or -и after a hard consonant: «фермеры», «рыбаки», not «Ильи»). */
const PLURAL_RE = /^\p{Lu}\p{Ll}{3,}(?:ы|[бвгджзклмнпрстфхцчшщ]и)$/u;
/** A capitalised adjective in the genitive singular or plural («Араратской», «Онежского», «Приморских»). */
const PLACE_ADJECTIVE_GENITIVE_RE = /^\p{Lu}\p{Ll}{2,}(?:ской|цкой|ского|цкого|ских|ных|ной|ного|ней|него)$/u;

/**
 * Whether `first` and `second`, read as a full name with no title, are a plural word for people (`peopleWord`: the
 * caller's test that the lower-case plural names people) and a place's adjective in the genitive.
 */
export function isPeopleOfPlace(first: string, second: string, peopleWord: boolean): boolean {
  return peopleWord && PLURAL_RE.test(first) && PLACE_ADJECTIVE_GENITIVE_RE.test(second);
}
