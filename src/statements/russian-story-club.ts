// «Сибирские барсы» обыграли «Ладогу» …. Вратарь «Ладоги» …. В пресс-службе клуба сообщили, что …»: a match report names two
// clubs, and «клуб» alone, where no club spoke and none is named in the same sentence, is the story's club, the one the
// headline or the lead opens with, as the development part reads it (d185, d346), not the opponent named last.
// Guards: only when the text's first club is named in its first line (a headline or a lead), and only when the clubs
// named before are two or more different ones (with one club, the last named is the same); a club that spoke, or one in
// the same sentence, is taken before this (bodyReferent's pick in russian.ts).

/** A body the text names, as russian.ts finds them. */
interface Named {
  name: string;
  at: number;
}

/** The first club of `clubs` (named before, in order, subjects only) when it opens the text and another club is named too. */
export function storyClub<T extends Named>(clubs: readonly T[], firstLineEnd: number): T | null {
  const first = clubs[0];
  if (!first || first.at >= firstLineEnd) return null;
  const stem = (name: string) => name.toLowerCase().slice(0, 5);
  return clubs.some((c) => stem(c.name) !== stem(first.name)) ? first : null;
}
