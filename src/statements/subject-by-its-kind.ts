// "Brambleway Foods will shut nine of its depots by June, the grocery chain said", "Glenmore Dairies will pay its farmers
// less …, the co-op confirmed": a sentence that opens with a capitalised name and goes on to say "its" is about that body,
// and its own "the chain said", "the co-op said" is that body's, as "the company said" already was (speaker-resolver.ts).
// Only words for what a business or a member-owned body is (a chain, a co-op, a startup, a charity), never a word for a
// body that speaks about others (a union, a regulator, a council): "Northway Buses will cut its routes, the union said"
// is the union's. Thirty-sixth session (dev d1151, test-44 w06).
// ("Quillmark, the note-taking app with two million users, will stop … its free tier, the company said": a description
// between commas after the opening name is passed over, as the name is still the sentence's subject.)

/** Words for a business or a member-owned body that its own lead may call it by, beyond the resolver's "company" words. */
export const OWN_SUBJECT_KINDS = new Set(['chain', 'co-op', 'coop', 'cooperative', 'co-operative', 'startup', 'start-up', 'platform',
  'app', 'charity', 'chainstore', 'franchise']);

/** "Name, the|a|an <up to twelve words without a comma or a stop>," right after the opening name. */
const APPOSITION_AFTER_NAME_RE = /^(\s*\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3}),\s+(?:the|a|an)\s+[^,.;:!?"\u201C\u201D]{2,100},(?=\s+\p{Ll})/u;

/** The sentence with a description set between commas right after its opening name left out; else as it is. */
export function withoutApposedDescription(sentence: string): string {
  const m = APPOSITION_AFTER_NAME_RE.exec(sentence);
  return m ? m[1]! + sentence.slice(m[0].length) : sentence;
}

/** A sentence's opening subject, one to four capitalised words, then a verb, and "its" further on. */
const SUBJECT_WITH_ITS_RE = /^\s*(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})\s+(?:(?:will|would|has|had|is|was|plans|expects|must|may|could|can)\s+)?\p{Ll}+\b[^.;:!?]*?\bits\s/u;
/** First words that open a sentence without being a name. */
const NOT_A_NAME_RE = /^(?:The|A|An|It|Its|In|On|At|By|For|From|About|After|More|Some|Most|All|This|That|These|Those|Last|Next|When|While|If|As)$/u;

/**
 * The body a sentence opens with when `sentence` (from the sentence's start up to the words "the chain said") has its
 * name first, a verb and "its" further on, and `kind` is one of OWN_SUBJECT_KINDS; else null.
 */
export function subjectByItsKind(sentence: string, kind: string): string | null {
  if (!OWN_SUBJECT_KINDS.has(kind)) return null;
  const m = SUBJECT_WITH_ITS_RE.exec(withoutApposedDescription(sentence));
  return m && !NOT_A_NAME_RE.test(m[1]!.split(/\s+/u)[0]!) ? m[1]! : null;
}
