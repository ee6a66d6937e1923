// "The family's lawyer said outside court that …. "…," the lawyer said.", "Her spokesman said …. The spokesman added that
// …": one acting for someone (a lawyer, a solicitor, a spokesman, a relative), named by whose they are and by no name, was
// read as an unnamed source but not kept as one, so a later "the lawyer" found nobody and was given to no one (speaker
// null) — where "A lawyer for the family said …. the lawyer said" already found the unnamed one. Kept now, as every other
// unnamed source with a post is (speaker-resolver.ts `unnamedSources`). (Thirty-seventh session's tenth probe of unnamed
// sources in English, d1904.)
// Guards: only where acting-for-someone.ts or owned-carer.ts already left the speaker unnamed (a counsel the text names for
// that party still speaks by name); a later "the lawyer" still goes to a named lawyer seen after it (the resolver's order
// check on `unnamedSources`).

import { qualifierKey, tokenize } from './speaker-phrase.ts';

/** The entry an owned, unnamed speaker leaves for a later "the <role>". */
export function ownedUnnamedSource(roles: string[], qualifier: string | null, order: number, printed: string) {
  return { roles, qualifier, order, words: tokenize(printed).map((t) => qualifierKey(t.base)) };
}
