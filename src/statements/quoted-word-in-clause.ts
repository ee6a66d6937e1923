// 'A driver said he had paid N50,000 in "settlement" to move his truck', 'said the strike had cost his members "billions"',
// 'councillors had asked staff to look at "softer" reporting': one lower-case word in quotation marks inside a reported
// clause is the speaker's own word, a partial quote, as dev annotates it (30 of 33 such words in dev's English texts).
// Before, a lone quoted word was a partial only after a verb it completed ('was "unavoidable"', 'had "borrowed"').
// Guards: only inside a clause the text reports (not a scare quote in the writer's own sentence); one word, lower case (not
// a name or a title, '"Brexit"', '"Operation Sandstorm"'); not a word named as a word, after "meant", "word", "term",
// "rather than", "so-called" ('the word on the button meant "overload" rather than "reset"'); not a term held at arm's
// length, after a determiner ('oppose any "reset" of relations') or right before the noun it modifies ('based on "pure"
// national interests', 'look at "softer" reporting'), which the first session's corpus keeps as scare quotes.
import type { QuoteSpan } from './quote-spans.ts';

const WORD_NAMED_AS_WORD_RE = /(?:\bmeant|\bmeans|\bmean|\bword|\bwords|\bterm|\bterms|\blabel|\bso-called|\brather\s+than|\bnot)\s*$/iu;

const DETERMINER_BEFORE_RE = /(?<!\p{L})(?:a|an|the|any|this|that|these|those|some|no|its|their|his|her|our|such)\s*$/iu;
const FUNCTION_WORD_AFTER_RE = /^\s+(?:and|or|but|to|of|in|for|by|with|at|on|than|as|because|after|before|since|while|when|if|from|about|over|until|unless)\b/u;

/** Whether the quoted `span` (of `words` words, `lead` the text right before it) is one word the reported clause quotes. */
export function isQuotedWordInClause(text: string, span: QuoteSpan, words: number, lead: string, insideClause: boolean): boolean {
  if (!insideClause || words !== 1 || span.marks !== 'double') return false;
  if (DETERMINER_BEFORE_RE.test(lead)) return false;
  const after = text.slice(span.contentEnd + 1, span.contentEnd + 40);
  if (/^\s+\p{Ll}/u.test(after) && !FUNCTION_WORD_AFTER_RE.test(after)) return false;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(text.slice(span.contentStart, span.contentEnd).trim().replace(/[.,!?]+$/u, ''))) return false;
  return !WORD_NAMED_AS_WORD_RE.test(lead);
}
