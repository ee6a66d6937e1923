// "…, the Letefoho coffee cooperative said on Wednesday. ¶ The president of Cooperativa Café Letefoho, Name, told …": a
// body described by a place's capitalised name, lower-case words and a body's word, whose own name (perhaps in another
// language) the next sentence prints, holding the place's name and a word of the body's word's stem ("cooperativ-"), is
// that body; the rules before read the description as a body's name ("Letefoho coffee cooperative"). (Thirty-eighth
// session, test-55 w10.)
// Guards: one or two capitalised words first, then one or two lower-case words, the last a body's word below; the name
// within the description's own sentence (after it) or the next; the name of two words or more holding every capitalised
// word of the description and a word sharing the body's word's first letters (all but two, at least six).
const HEADS = new Set(['cooperative', 'co-operative', 'association', 'federation', 'society', 'union', 'council', 'authority',
  'agency', 'company', 'corporation', 'foundation', 'institute', 'university', 'hospital', 'commission', 'ministry']);

const NAME_RE = /(?<![\p{L}])(\p{Lu}[\p{L}'\u2019&-]*(?:\s+(?:(?:of|for|and|the|de|da|do|dos|das|del|des|du|la|le)\s+)*\p{Lu}[\p{L}'\u2019&-]*)+)/gu;

/** The body's name printed after `at` (the description's place), within its sentence and the next; else null. */
export function placeDescriptionNamedNext(text: string, words: readonly string[], at: number): string | null {
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  const lower = words.slice(caps.length);
  if (caps.length < 1 || caps.length > 2 || lower.length < 1 || lower.length > 2) return null;
  if (!lower.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  const head = lower.at(-1)!;
  if (!HEADS.has(head)) return null;
  const stem = head.slice(0, Math.max(6, head.length - 2));
  const rest = text.slice(at);
  const first = /[.!?](?:\s|$)/u.exec(rest);
  if (!first) return null;
  const second = /[.!?](?:\s|$)/u.exec(rest.slice(first.index + 1));
  const limit = first.index + 1 + (second ? second.index : rest.length);
  for (const m of rest.slice(0, limit).matchAll(NAME_RE)) {
    const name = m[1]!.replace(/^(?:The|A|An)\s+/u, '');
    const parts = name.split(/\s+/u);
    if (parts.length < 2) continue;
    if (!caps.every((c) => parts.includes(c))) continue;
    if (!parts.some((p) => p.toLowerCase().startsWith(stem))) continue;
    return name;
  }
  return null;
}
