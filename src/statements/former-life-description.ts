// "Those were the words of Name Name, the tower captain, who trained the band. The former headmaster said …", "Name Name
// runs the allotment society. The retired teacher said …": a definite "former" / "retired" / "ex-" and one word for a
// person is what the one just named used to be, a varied second reference, not an office someone else holds now; it goes
// to the person named last in the phrase's own paragraph, not to the one quoted before (thirty-second session, d1528,
// where the resolver gave it to the last speaker, one paragraph up).
// Guards (in speaker-resolver.ts): nobody the text names holds the post; the latest person met is printed (by their last
// name) in the phrase's paragraph before it; one role word only ("the former finance minister" is an office's holder,
// left to the post's rules).

const FORMER_LIFE_RE = /^the\s+(?:former|retired|ex-)\s*\p{Ll}[\p{Ll}-]*$/iu;

/** Whether the printed phrase is "the former <word>", "The retired <word>", "the ex-<word>". */
export function isFormerLifeDescription(printed: string): boolean {
  return FORMER_LIFE_RE.test(printed.trim());
}
