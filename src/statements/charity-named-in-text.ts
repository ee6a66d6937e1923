// "The charity said …" where the text says of one body "The Cornish Seal and Turtle Trust is a registered charity" or
// "Forth Seabird Rescue, a charity based in the village, …": "the charity" is that body, though another body (a state
// agency) spoke in between and was taken as the last one named. Guards: capitalised words before ", a … charity" or "is a
// … charity" (two lower-case words at most between), "charity" ending its phrase ("a charity worker" is a person), and
// exactly one such body in the text; else null and the last body named, as before.
const CALLED_CHARITY_RE = /(?<![\p{L}'\u2019])((?:The\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:and|of|for|the|\p{Lu}[\p{L}'\u2019-]*)){0,7})(?:,|\s+is)\s+(?:a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}charity(?=\s*[,.;]|\s+(?:based|that|which|founded|set|run|registered|in|for|with|since|and)(?![\p{L}]))/gu;

/** The one body the text calls a charity ("X is a registered charity", "X, a charity …"), without "The"; else null. */
export function charityNamedInText(text: string): string | null {
  const names = new Set([...text.matchAll(CALLED_CHARITY_RE)].map((m) => m[1]!.replace(/\s+/gu, ' ').replace(/^The /u, ''))
    .filter((n) => n.includes(' ') || /^\p{Lu}\p{Ll}+$/u.test(n)));
  return names.size === 1 ? [...names][0]! : null;
}
