// "The tanker, chartered by FSM Petroleum Corporation, was due on November 28 …. In a statement, the company said …":
// "the company" opening a sentence right after one that names a business by its trade or legal form is that business,
// not a body that spoke earlier in the text (there, a state utility named in the lead). (Forty-fourth session, test-56
// w01, once the lead was given to the utility named next. Guards: the sentence before in the same paragraph, exactly one
// business named in it, not the body that spoke last; before "the company" nothing but a short setting ("In a statement,").)

/** The business named in the sentence before the one holding `at` (see above), or null. */
export function businessInSentenceBefore(text: string, at: number, businessRe: RegExp, lastSpoke: string | undefined): string | null {
  const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
  const opening = /(?<=[.!?]["\u201D]?\s+)[^.!?]*$/u.exec(text.slice(paragraphStart, at));
  if (!opening) return null;
  const sentenceStart = paragraphStart + opening.index;
  // (Only a short setting before the phrase, no capitalised word past the sentence's first.)
  if (!/^(?:(?:In|On|At)\s+(?:a|an|its|the)\s+[\p{Ll}\s-]{1,30},\s*)?$/u.test(text.slice(sentenceStart, at))) return null;
  const before = /(?:^|[.!?]["\u201D]?\s+)([^.!?]*[.!?]["\u201D]?\s+)$/u.exec(text.slice(paragraphStart, sentenceStart));
  if (!before) return null;
  const names = new Set([...before[1]!.matchAll(new RegExp(businessRe.source, 'gu'))].map((m) => {
    const tail = /^\s+(?:Corporation|Company|Group)(?![\p{L}])/u.exec(before[1]!.slice(m.index + m[0].length));
    return `${m[1]!}${tail ? tail[0] : ''}`.replace(/\s+/gu, ' ');
  }));
  if (names.size !== 1) return null;
  const name = [...names][0]!;
  return lastSpoke !== undefined && (lastSpoke === name || name.startsWith(lastSpoke) || lastSpoke.startsWith(name)) ? null : name;
}
