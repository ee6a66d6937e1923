// "Staff said the school had been asking for help since …": a collective noun for people that takes no plural ending,
// printed alone as a verb's whole subject, names an unnamed group, as "Staff at the
// bakery said" and "harbour staff said" already did — not a body called "Staff" (the rules before read it so, "staff" being
// one of the body words for "<Body> staff said", which stays the body's). (Thirty-seventh session's tenth probe of unnamed
// sources in English, d1903; dev has "Staff at the public library said", d1348, and "according to staff at the centre",
// d1350, both unnamed.)
// Guards: the word alone as the whole phrase and capitalised, "Staff" ("the staff", "TUC staff said" are read as before).
// ("Crew told the inquiry …": "Crew", a collective for a vessel's or an aircraft's people, is the same unnamed group;
// thirty-seventh session, second round. Guard: alone only, so "Kestrel Crew said", a name, and "the crew" are read as before.)
// ("Staff were told of the plan …, one of those present said. …, they added.": the sentence's subject read with its
// passive auxiliary, "Staff were", came back as a body called "Staff", which a later "they" then took for the speaker.
// The word alone is the same unnamed group whatever verb follows it; forty-first session, d2300. Guard: only when the
// phrase read is that one word, so "Kestrel Crew said" and "TUC staff said" are read as before.)

const LONE_COLLECTIVES = new Set(['Staff', 'Crew']);

/** Whether a lone capitalised word is a collective noun for people with no plural ending ("Staff", "Crew"). */
export function isLoneCollective(word: string): boolean {
  return LONE_COLLECTIVES.has(word);
}

/** Whether a phrase read as a body or a name is only a lone collective word ("Staff" read from "Staff were told"). */
export function isLoneCollectiveRead(kind: string, body: string | undefined, name: readonly string[], roles: readonly string[]): boolean {
  if (roles.length > 0) return false;
  if (kind === 'organisation') return body !== undefined && name.length === 0 && LONE_COLLECTIVES.has(body);
  return kind === 'name' && name.length === 1 && LONE_COLLECTIVES.has(name[0]!);
}
