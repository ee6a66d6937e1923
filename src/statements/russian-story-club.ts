// «Сибирские барсы» обыграли «Ладогу» …. Вратарь «Ладоги» …. В пресс-службе клуба сообщили, что …»: a match report names two
// clubs, and «клуб» alone, where no club spoke and none is named in the same sentence, is the story's club, the one the
// headline opens with, not the opponent named last (as the annotations of test-13's r08, test-16's r04, test-36's r03 and
// test-37's r02 have it too).
// Guards: only when the text opens with a headline (a first line of its own, with no full stop at its end; a wire lead
// that opens the text, «МОСКВА, 9 янв — РИА Новости. «X» обыграл …», says nothing of whose story it is, test-8's r02), and
// the first club is named in it; only when the clubs named before are two or more different ones (with one club, the
// last named is the same); a club that spoke, or one in the same sentence, is taken before this (bodyReferent's pick in
// russian.ts).

/** A body the text names, as russian.ts finds them. */
interface Named {
  name: string;
  at: number;
}

/** The first club of `clubs` (named before, in order, subjects only) when the headline names it and another club is named too. */
export function storyClub<T extends Named>(clubs: readonly T[], text: string): T | null {
  const firstLineEnd = text.indexOf('\n');
  if (firstLineEnd < 0 || firstLineEnd > 200 || /[.!?]\s*$/u.test(text.slice(0, firstLineEnd))) return null;
  const first = clubs[0];
  if (!first || first.at >= firstLineEnd) return null;
  const stem = (name: string) => name.toLowerCase().slice(0, 5);
  return clubs.some((c) => stem(c.name) !== stem(first.name)) ? first : null;
}
