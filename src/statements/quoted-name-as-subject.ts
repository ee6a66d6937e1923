// A body's «name» as the text prints it where the name is a sentence's subject: Russian declines names in guillemets
// («игроки «Северянки-Оби»», «директор «Газпрома»»), and a speaker found through such a mention is named in the form the
// text gives it opening a sentence or its headline («Северянка-Обь» занимает …), the nominative.

const QUOTED = /«([^«»\n]{2,60})»/gu;

/** The «…» names that open a sentence or a line of the text (a subject, in the nominative), read once per text. */
export function quotedNamesOpeningSentences(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index === 0 || /(?:\n|[.!?]\s)\s*$/u.test(before) || /\n$/u.test(before)) names.push(m[1]!);
  }
  return names;
}

/** Whether two words differ only in a declined ending: the same stem, one or two letters after it on either side. */
function sameWordDeclined(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common]!.toLowerCase() === b[common]!.toLowerCase()) common++;
  return common >= 2 && Math.max(a.length, b.length) - common <= 2;
}

/** The name in the form a sentence's subject gives it, when it is one of those forms declined; null otherwise. */
function subjectForm(name: string, subjects: readonly string[]): string | null {
  if (!/[\u0400-\u04FF]/u.test(name) || subjects.includes(name)) return null;
  const words = name.split(/[\s-]+/u);
  return subjects.find((s) => {
    const other = s.split(/[\s-]+/u);
    return other.length === words.length && other.every((w, k) => sameWordDeclined(w, words[k]!));
  }) ?? null;
}

/**
 * The speaker with a «name» in an oblique case put in the form a sentence's subject gives it; unchanged otherwise. A
 * speaker given bare ("Северянки-Оби") is such a name when the text prints it in guillemets.
 */
export function quotedNameAsSubject(speaker: string, subjects: readonly string[], text: string): string {
  if (!speaker.includes('«')) return text.includes(`«${speaker}»`) ? subjectForm(speaker, subjects) ?? speaker : speaker;
  return speaker.replace(/«([^«»]+)»/gu, (whole, name: string) => {
    const form = subjectForm(name, subjects);
    return form ? `«${form}»` : whole;
  });
}
