// "According to figures the council released under the Freedom of Information Act, …", "data the ministry published on
// Monday shows …": a document's noun followed straight by its maker and a verb of making it public, with no "that" or
// "which" (a contact clause), is that maker's document, as "figures released by the council" is; the phrase was read as
// no one (test-54 w14). The maker's words are handed on as if after "by"; what follows the verb (when, under which law)
// is dropped.
// Guards: only a verb of issuing ("released", "published", "issued", "compiled", "produced", "provided", "submitted",
// "presented", "shared", "filed"), never one of receiving or seeing ("obtained", "seen": the outlet's, not the maker's);
// the maker "the" / "its" / "their" and one to three words right before that verb (a capitalised maker right after the
// noun, "figures Ofcom released", is not reached: the document's noun is never one a capital follows).
import type { Token } from './speaker-phrase.ts';

const ISSUING = new Set(['released', 'published', 'issued', 'compiled', 'produced', 'provided', 'submitted', 'presented',
  'shared', 'filed']);

/** The maker's words, when `tokens[n]` (a document's noun) opens "<noun> <maker> <verb of issuing>"; else null. */
export function contactClauseMaker(tokens: readonly Token[], n: number): Token[] | null {
  const first = tokens[n + 1];
  if (!first) return null;
  const verb = tokens.findIndex((t, k) => k > n + 1 && k <= n + 5 && ISSUING.has(t.text));
  if (verb < 0) return null;
  const maker = tokens.slice(n + 1, verb);
  const article = /^(?:the|its|their)$/u.test(first.text) && maker.length >= 2 && maker.length <= 4
    && maker.slice(1).every((t) => /^[\p{L}'\u2019-]+$/u.test(t.text) && !ISSUING.has(t.lower));
  return article ? maker : null;
}
