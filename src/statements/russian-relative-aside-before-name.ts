// «Директор зоопарка, которую назначили на эту должность в марте, Name Surname рассказала, что …», «Президент федерации,
// которого в субботу переизбрали, Name заявил, что …»: a post, then a relative clause set off by commas («который»,
// «которая», …, or «чей», «чья»), then the holder's full name and the verb. The clause is an aside on the post; the
// frame's subject is the post and the name, as without it. It had been read as no one (the clause's own verb cut the
// subject), so the statement had no speaker and the quotations after it none either (thirty-ninth session, tenth Russian
// speaker probe: d2110, d2112, d2114, d2115). Guards: the part before the clause holds a post the role list knows and no
// comma; the part after it opens with a first name and a surname (or initials and a surname) and then a lower-case word;
// a relative clause after the name («Name, который …, заявил») is left to the rules that read it.

const ASIDE_RE = /^(\s*\p{Lu}[^,.!?;:\u2014]{0,90}?),(\s*(?:котор|чь?[еияй])\p{Ll}*\s[^,.!?;]{1,120}?),\s*(?=(?:\p{Lu}\p{Ll}+\s+|\p{Lu}\.\s?(?:\p{Lu}\.\s?)?)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Ll})/u;

/**
 * Where the relative clause between a post and its holder's name lies in `sentence` ([from, to), from the comma before it
 * through the comma after it), when `hasRole` finds a post among the words before it; else null.
 */
export function relativeAsideBeforeName(sentence: string, hasRole: (word: string) => boolean): { from: number; to: number } | null {
  const m = ASIDE_RE.exec(sentence);
  if (!m) return null;
  const words = m[1]!.toLowerCase().match(/\p{L}+(?:-\p{L}+)?/gu) ?? [];
  if (words.length > 6 || !words.some(hasRole)) return null;
  return { from: m[1]!.length, to: m[0].length };
}
