// "Her lawyer said …", "The family's solicitor said …", "his agent told reporters …": someone who acts for a person or a
// family the phrase owns ("her", "his", "their", "the family's", "the victim's") speaks for them, never as them, and is
// unnamed unless someone the text named holds that post — as a relative ("her sister") or a spokesperson ("her spokesman")
// already is (speaker-resolver.ts, the owned relation). Before, "Ayla Brett was charged. Her lawyer said …" gave the
// lawyer's words to Ayla Brett, and a bare "The family's solicitor said" left them with no speaker at all.
// Guards (in the caller): only with an owner before the word ("his", "her", "their" or a possessive), only one role, and
// only when nobody the text named holds it ("The family's lawyer, Name, said …. The family's lawyer said" stays Name's);
// a body's lawyer ("the council's solicitor") is left to the rules for a body's staff, which read it first. Only these
// words: not "representative" (a state's representative at a meeting is left speakerless, as d160 keeps it), nor "doctor".

/** Words for one who acts for a person: their lawyer or their agent. */
const ACTING_FOR = new Set(['lawyer', 'lawyers', 'solicitor', 'solicitors', 'attorney', 'attorneys', 'barrister', 'counsel',
  'agent']);

/** Whether `role` is one who acts for a person ("lawyer", "solicitor", "agent"). */
export function isActingFor(role: string): boolean {
  return ACTING_FOR.has(role);
}

// ("The defendant's barrister, Simon Achterberg KC, said …. According to Pryce-Lloyd's lawyer, …": a lawyer the text
// named as acting for someone is the one "<Name>'s lawyer" means, whatever legal word each place uses — barrister,
// solicitor, counsel, attorney and lawyer are one post for this. Thirty-fourth session, d1625.)
// Guards: the phrase is "<Capitalised name>'s" or "his" / "her" and one legal word; exactly one person is printed so in
// the text ("<owner>'s <legal word>, Name Name"), the owner there the phrase's own name, or "the defendant" / "the
// accused" / "his" / "her" (a court report's words for the one on trial), never the victim's or a family's lawyer; a
// name of two or three capitalised words, with "KC" / "QC" / "SC" after it dropped.
const LEGAL_WORDS = new Set(['lawyer', 'barrister', 'solicitor', 'counsel', 'attorney']);
// (The expressions below spell the legal words from this one list; thirty-fourth session's second round.)
const LEGAL_WORD = [...LEGAL_WORDS].join('|');
const COUNSEL_NAMED_RE = new RegExp(`(?<![\\p{L}])(?:(?:[Tt]he\\s+)?(defendant|accused)|(\\p{Lu}[\\p{L}-]+)|(?:[Hh]is|[Hh]er))['\u2019]?s?\\s+(?:defence\\s+|defense\\s+)?(${LEGAL_WORD}),\\s+(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2})(?=\\s*(?:,|\\s(?:KC|QC|SC)\\b))`, 'gu');
const COUNSEL_PHRASE_RE = new RegExp(`^(?:(\\p{Lu}[\\p{L}-]+)['\u2019]s|[Hh]is|[Hh]er)\\s+(${LEGAL_WORD})$`, 'u');

/** The one lawyer the text named as acting for the owner of "<Name>'s lawyer" printed at `start`…`end`, or null. */
export function counselNamedFor(text: string, start: number, end: number): string | null {
  const printed = COUNSEL_PHRASE_RE.exec(text.slice(start, end).trim());
  if (!printed || !LEGAL_WORDS.has(printed[2]!)) return null;
  const owner = printed[1] ?? null;
  const names = new Set<string>();
  for (const m of text.matchAll(COUNSEL_NAMED_RE)) {
    const printedOwner = m[2];
    // (Only the phrase's own owner, or the words a court report uses for the one on trial.)
    if (printedOwner && printedOwner !== owner && !/^(?:His|Her)$/u.test(printedOwner)) continue;
    names.add(m[4]!.replace(/\s+(?:KC|QC|SC)$/u, ''));
  }
  return names.size === 1 ? [...names][0]! : null;
}
