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
