// '… Siti Aminah, 47, said prices had doubled. ¶ "We cannot cook without gas," said the fish seller, who lives by the
// river.': a quotation attributed after it to "the" and a word for what someone is, with an aside, right after a person
// was named, calls that person by what they do (copy varies the words for one it has just named). "The harbour master,
// who has run the port for a decade, says" opening a sentence of its own still introduces someone new, unnamed.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** The attribution follows the quotation's closing mark and one lower-case verb: '"…," said the fish seller'. */
const AFTER_QUOTATION_RE = /["\u201D]\s+\p{Ll}+\s+$/u;

/** "her" / "his" in the aside after the description, which says whose gender the one described is. */
const ASIDE_PRONOUN_RE = /^,\s+who\s[^.;:!?"\u201C\u201D\n]*?(?<!\p{L})(her|his|she|he)(?!\p{L})/u;

/**
 * Whether the description printed from `start` to `end` is a quotation's attribution after it whose one described is
 * `surname`'s bearer: printed in this paragraph or the one before, and of that gender when the aside and `gender` say.
 */
export function describesOneJustQuoted(text: string, start: number, end: number, surname: string, gender: 'm' | 'f' | null): boolean {
  if (!AFTER_QUOTATION_RE.test(text.slice(Math.max(0, start - 30), start))) return false;
  const pronoun = ASIDE_PRONOUN_RE.exec(text.slice(end, end + 120))?.[1];
  if (pronoun && gender && (pronoun === 'her' || pronoun === 'she') !== (gender === 'f')) return false;
  // (The paragraph before, skipping blank lines, and this one up to the description.)
  const paragraphStart = text.lastIndexOf('\n', start) + 1;
  let previousEnd = paragraphStart - 1;
  while (previousEnd > 0 && /\s/u.test(text[previousEnd - 1]!)) previousEnd--;
  const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
  return new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, 'u').test(text.slice(previousStart, start));
}
