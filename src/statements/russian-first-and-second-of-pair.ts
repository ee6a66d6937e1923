// «За тигрятами наблюдают ветеринар Name Surname и смотритель Name Surname. Первая считает, что …, второй уверен, что …»:
// two people named in one sentence, joined by «и», then «Первый / Первая» and «Второй / Вторая» alone as the subjects of
// verbs of saying. «Первый» is the first of the pair, «второй» the second; the second frame after a bare comma opens a
// clause of its own, as «…, другие признавались, что …» does (russian-some-and-others.ts). Before, the two clauses were
// read as one, said by a body called «Первая» (thirty-ninth session, tenth Russian speaker probe: d2110, d2112, d2115).
// Guards: the pair is two full names (a first name and a surname each, a few lower-case words of a post allowed before
// the second) in the sentence right before the frame's, or two sentences before it; the word's gender, when the first
// name's gender is known (by the first name or the surname), agrees with it; the word stands alone before the verb.

/** «, второй уверен, что …» inside a clause: where the first clause ends and the second frame's subject starts. */
const SECOND_FRAME_RE = /,\s+(?:(?:а|и)\s+)?(втор(?:ой|ая))\s+(\p{Ll}+)\s*,\s*что\s/u;

export function secondOfPairFrameIn(clause: string): { cut: number; at: number; verb: string } | null {
  const m = SECOND_FRAME_RE.exec(clause);
  if (!m) return null;
  return { cut: m.index, at: m.index + m[0].indexOf(m[1]!), verb: m[2]! };
}

const PAIR_RE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+и\s+(?:[\p{Ll}-]+\s+){0,4}(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-])/gu;

/**
 * The full name «Первый / Первая» (which 0) or «Второй / Вторая» (which 1) at `at` stands for, from the pair named in the
 * one or two sentences before it; `genderOf` gives a full name's gender or null.
 */
export function memberOfPair(text: string, at: number, word: string, genderOf: (name: string) => 'm' | 'f' | null): string[] | null {
  const w = word.toLowerCase();
  const which = w === 'первый' || w === 'первая' ? 0 : w === 'второй' || w === 'вторая' ? 1 : -1;
  if (which < 0) return null;
  const wanted = w.endsWith('ая') ? 'f' : 'm';
  // The two sentences before the word (a stop then a space ends one).
  const before = text.slice(0, at);
  const stops = [...before.matchAll(/[.!?\u2026]\s+/gu)].map((m) => m.index + m[0].length);
  const from = stops.length >= 3 ? stops.at(-3)! : 0;
  const pairs = [...before.slice(from).matchAll(PAIR_RE)];
  const pair = pairs.at(-1);
  if (!pair) return null;
  const name = which === 0 ? [pair[1]!, pair[2]!] : [pair[3]!, pair[4]!];
  const gender = genderOf(name.join(' '));
  if (gender !== null && gender !== wanted) return null;
  return name;
}
