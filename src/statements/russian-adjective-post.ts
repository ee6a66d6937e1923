import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

/**
 * «Старшая по дому Name Surname рассказала», «Дежурный по станции Name Surname сообщил», «Ответственный за набор Name
 * …»: a post that is an adjective used as a noun, then «по» / «за» and one or two lower-case words, then a full name, is
 * that person with the post (the adjective and «по» were read as a body's name, «Комитет по …», and gave «Старшая»).
 *
 * Guards: the first word has an adjective's nominative ending (-ый / -ий / -ой / -ая / -яя) and is no body's word; one or
 * two lower-case words after the preposition; then two or three capitalised words that `parse` reads as a full name and
 * that end the phrase. Null otherwise.
 */
export function adjectivePostBeforeName(all: readonly Token[], parse: (tokens: Token[]) => SpeakerPhrase | null,
  isBodyWord: (t: Token) => boolean): SpeakerPhrase | null {
  if (all.length < 5 || all.length > 7) return null;
  if (!/^\p{L}\p{Ll}+(?:ый|ий|ой|ая|яя)$/u.test(all[0]!.text) || isBodyWord(all[0]!)) return null;
  if (!['по', 'за'].includes(all[1]!.lower)) return null;
  const nameAt = all.findIndex((t, k) => k >= 2 && /^\p{Lu}/u.test(t.text));
  if (nameAt < 3 || nameAt > 4 || !all.slice(2, nameAt).every((t) => /^\p{Ll}+$/u.test(t.text))) return null;
  const rest = all.slice(nameAt);
  if (rest.length < 2 || rest.length > 3 || !rest.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text))) return null;
  const named = parse([...rest]);
  if (named?.kind !== 'name' || named.name.length < 2 || named.end !== rest.at(-1)!.end) return null;
  return { ...named, start: all[0]!.start };
}
