// "Lagos-based fintech startup Payvault has raised $9 million in a round led by Kestrel Ventures, the company said",
// "Fintech startup Payvault has raised …, the company said": a sentence that opens by introducing a business by its kind
// ("<Place>-based" and a kind, or a capitalised trade word and a kind, kind-opened-lead.ts) is about that business, and
// its own "the company said" is that business's, not the investor or partner the clause names after it.
import { givenNameGender } from './given-names.ts';
import { withoutKindOpening } from './kind-opened-lead.ts';
import { isPersonNoun } from './vocabulary.ts';

/** The lower-case kind word right before the name ("Salmon farmer Name": "farmer"). */
const KIND_WORD_RE = /^\s*\p{Lu}\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}?\s+(\p{Ll}+(?:-\p{Ll}+)?)\s+(?=\p{Lu})/u;

/** Kinds of a business that the resolver's words for "the company" leave out ("agritech startup", "sensor maker"). */
// ("Salmon farmer Nordvik Sjømat swung to a loss …, the company said": a farming business by its trade, as wire copy
// writes one; a farmer who is a person has a given name first, guarded below.)
export const NEW_BUSINESS_KINDS = new Set(['startup', 'start-up', 'maker', 'provider', 'platform', 'chain', 'farmer']);

/** "<Capitalised words>-based", at most three lower-case words, the last a kind; then the name, then a lower-case word. */
const PLACE_BASED_OPENING_RE = /^\s*(?:\p{Lu}[\p{L}'\u2019]*\s+){0,3}\p{Lu}[\p{L}'\u2019]*-based\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*)\s+(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})\s+\p{Ll}/u;
/** A name right after the kind's words were cut (up to five words, "Name Name Knit Composite Ltd"), then a lower-case word. */
const NAME_THEN_LOWER_RE = /^\s*(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,4})\s+\p{Ll}/u;

/**
 * The business a paragraph's first sentence opens with after "<Place>-based <trade> <kind>" or "<Trade> <kind>", when
 * `isKind` holds for the kind and `before` (the paragraph up to the speaker) is still that sentence; else null.
 */
export function businessOpeningItsSentence(before: string, isKind: (word: string) => boolean): string | null {
  if (/[.!?]\s/u.test(before)) return null;
  const m = PLACE_BASED_OPENING_RE.exec(before);
  if (m) return isKind(m[1]!) ? m[2]! : null;
  const named = withoutKindOpening(before, isKind);
  const name = named !== before ? NAME_THEN_LOWER_RE.exec(named)?.[1] ?? null : null;
  // (Guard: a kind that is also a person's noun, "Dairy farmer Ruth Alder", is a person's when a given name follows it.)
  return name && isPersonNoun(KIND_WORD_RE.exec(before)?.[1] ?? '') && givenNameGender(name.split(/\s+/u)[0]!) !== null ? null : name;
}
