// A post the text gives a person by a verb, not a noun: "Name, who chairs the trust, told …" then "The chair said";
// "Name, who heads the agency" then "the head said". The person holds the post the verb names for a later "the <post>".
// One pass over the text, once per text.

/** A name of one to four capitalised words, ", who" and a verb of holding a post (an adverb may come between). */
const POST_VERB_RE = /(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,3}),\s+who\s+(?:now\s+|also\s+|currently\s+|still\s+)?(chairs|co-chairs|heads|leads|directs|coaches|captains|edits|founded|co-founded)\s/gu;

/** The roles (as parsed, speaker-phrase.ts normaliseRole) each verb gives: "chairs" → the chair, chairman, chairwoman. */
const ROLES_OF_VERB: Readonly<Record<string, readonly string[]>> = {
  chairs: ['chair', 'chairman', 'chairwoman', 'chairperson'],
  'co-chairs': ['co-chair', 'chair'],
  heads: ['chief'],
  leads: ['chief'],
  directs: ['director'],
  coaches: ['coach'],
  captains: ['captain'],
  edits: ['editor'],
  founded: ['founder'],
  'co-founded': ['co-founder', 'founder'],
};

/** Each name printed before ", who <verb>" with the roles it holds by it (name as printed → roles). */
export function postsByVerb(text: string): Map<string, string[]> {
  const posts = new Map<string, string[]>();
  if (!text.includes(', who ')) return posts;
  for (const m of text.matchAll(POST_VERB_RE)) {
    const roles = posts.get(m[1]!) ?? [];
    roles.push(...ROLES_OF_VERB[m[2]!]!);
    posts.set(m[1]!, roles);
  }
  return posts;
}
