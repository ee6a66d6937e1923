// «Слова адвоката подтвердил и сам Name: «…»», «Эту версию подтвердила Name Surname: «…»»: a Russian lead-in with its
// object first (what is confirmed: «слова …», «это», «эту версию»), then the verb, then its subject, before a colon. The
// quotation is the subject's; the words before the verb were read as the speaker, so the owner of «слова адвоката» (the
// lawyer) got the quotation (thirty-third session, a fourth probe of Russian speakers).
// Guards: the sentence opens with the object (perhaps after «А» / «Но»): «слова» with a possessive or a demonstrative or one
// to four words of whose, or «это», or «эту» / «эти» / «этот» / «такую» and one lower-case noun; the verb a past tense the
// cues know, right after it; after the verb only «и» / «же» / «сам(а)» and the subject, up to the colon; the subject read
// as a person's name or a post (not a dative listener, «ответил Зуеву:», which the opening «слова …» / «это» excludes).

import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

const OBJECT_FIRST_RE = /(?:^|[.!?\u2026\u00BB]\s+|\n\s*)(?:(?:А|Но)\s+)?((?:(?:[Ээ]ти|[Ее]го|[Ее]е|[Ее]ё|[Ии]х|[Тт]акие)\s+слова|[Сс]лова(?:\s+\p{L}+(?:-\p{L}+)?){1,4}?)|[Ээ]то|(?:[Ээ]ту|[Ээ]ти|[Ээ]тот|[Тт]акую)\s+\p{Ll}+)\s+(\p{Ll}+(?:л|ла|ли))\s+((?:(?:и|же)\s+)?(?:(?:сам|сама|сами)\s+)?)([^:;,.!?\u00AB\u00BB"\n]{2,80}?)\s*:\s*$/u;

export function objectFirstBeforeColon(masked: string, from: number, open: number, isCue: (word: string) => boolean,
  tokenize: (text: string, at: number) => Token[], parse: (tokens: Token[]) => SpeakerPhrase | null): { phrase: SpeakerPhrase; cue: Token } | null {
  const lead = masked.slice(from, open);
  const m = OBJECT_FIRST_RE.exec(lead);
  if (!m || !isCue(m[2]!.toLowerCase())) return null;
  const verbAt = from + m.index + m[0].indexOf(` ${m[2]!} `, m[0].indexOf(m[1]!) + m[1]!.length - 1) + 1;
  const whoAt = verbAt + m[2]!.length + 1 + m[3]!.length;
  if (masked.slice(whoAt, whoAt + m[4]!.length) !== m[4]) return null;
  const phrase = parse(tokenize(m[4]!, whoAt));
  if (!phrase || (phrase.kind !== 'name' && phrase.kind !== 'title') || phrase.end !== whoAt + m[4]!.length) return null;
  const cue = tokenize(m[2]!, verbAt)[0];
  return cue && masked.slice(verbAt, verbAt + m[2]!.length) === m[2] ? { phrase, cue } : null;
}
