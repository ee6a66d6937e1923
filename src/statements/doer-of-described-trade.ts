// "Dilmurod Saidov, the head of a wheat farm near Kasbi, said …. "…," the farmer said.": a doer's word in -er ("the
// farmer", "the banker", "the gardener") whose stem ("farm", "bank", "garden") is a word of the apposition printed right
// after the latest speaker's full name describes that speaker, though the apposition gave them another post ("head"); the
// resolver would otherwise take "the farmer" for a post nobody holds, someone unnamed.
// Guards: one role word, in -er after a stem of three letters at least; the stem a whole word of the apposition (between
// the commas right after a mention of the full name), not anywhere in the text.

/** Whether `role` ("farmer") is a doer of a stem ("farm") printed in an apposition right after `name` in `text`. */
export function doerOfDescribedTrade(text: string, name: string, roles: readonly string[]): boolean {
  if (roles.length !== 1) return false;
  if (!/^\p{Ll}{3,}er$/u.test(roles[0]!)) return false;
  const stems = new Set([roles[0]!.slice(0, -2), roles[0]!.slice(0, -1)]);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  for (const mention of text.matchAll(new RegExp(`${escaped},\\s+([^,.;:!?"\\u201C\\u201D]{3,120}),`, 'gu'))) {
    const words = mention[1]!.toLowerCase().split(/[^\p{L}-]+/u);
    if (words.some((w) => stems.has(w))) return true;
  }
  return false;
}
