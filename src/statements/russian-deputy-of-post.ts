// «Его заместитель Роман Ефимов добавил, что …» then «— считает заместитель начальника части»: a deputy named by the bare
// word, then called by the full post, «заместитель» and whose deputy he is (the principal's post in the genitive). The
// full post's roles («заместитель», «начальник») are held by nobody, so the quotation went to the latest speaker the post
// did not contradict (thirty-third session, a fourth probe of Russian speakers).
// Guards: the post opens with a deputy's or an assistant's word and names a principal's post after it; the one person of
// the text called by that word alone (no other post) is the deputy; someone else of the text holds the principal's post
// (so the deputy is that person's); two such deputies decide nothing.

import type { PersonTitle } from './people.ts';

const DEPUTY_WORDS = new Set(['заместитель', 'помощник']);

export function deputyByPrincipalPost(wanted: PersonTitle, people: readonly { name: string; titles: readonly PersonTitle[] }[],
  covers: (held: PersonTitle, wanted: PersonTitle) => boolean): string | null {
  const [deputy, ...principal] = wanted.roles;
  if (!deputy || !DEPUTY_WORDS.has(deputy) || principal.length === 0) return null;
  const principalTitle: PersonTitle = { ...wanted, roles: principal };
  const bare = people.filter((p) => p.titles.length > 0 && p.titles.every((t) => t.roles.length === 1 && t.roles[0] === deputy));
  const held = people.some((p) => !bare.includes(p) && p.titles.some((t) => covers(t, principalTitle)));
  return bare.length === 1 && held ? bare[0]!.name : null;
}
