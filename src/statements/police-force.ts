// "…, Cumbria Constabulary said. … the force said": British and Commonwealth police copy calls the police body it named
// "the force". The word alone says no name, so it is the police body the text prints last before it ("… Constabulary",
// "… Police", "… Police Service", "Police Scotland"), or the first after it in a lead that names the force further down.
// Guard: only a capitalised name with a police word (a bare "Police are appealing" names no force, and is passed over
// when a named force is printed); "the task force", "the air force" keep their own words before "force" and are no match
// for "the force" alone (the resolver calls this only for "the force").

/** A police body's printed name: capitalised words before or after a police word. */
const POLICE_NAME_RE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'\u2019&-]*\s+(?:and\s+)?){1,4}(?:Constabulary|Police(?:\s+Service|\s+Force)?)|Police\s+(?:Scotland|Service\s+of\s+(?:Northern\s+)?\p{Lu}\p{L}+))(?![\p{L}])/gu;

/** Sentence openers and the like that are no part of a force's name. */
const NOT_NAME_WORDS = /^(?:The|A|An|In|On|At|By|But|And|After|When|Police|Local|Officers?)\s+/u;

/** The police body "the force" stands for in `text` at `at`, or null when the text names none. */
export function policeForceNamed(text: string, at: number): string | null {
  const names = [...text.matchAll(POLICE_NAME_RE)].map((m) => ({ at: m.index, name: m[1]!.replace(NOT_NAME_WORDS, '') }))
    .filter((n) => /\s/u.test(n.name));
  return (names.filter((n) => n.at < at).at(-1) ?? names[0])?.name ?? null;
}
