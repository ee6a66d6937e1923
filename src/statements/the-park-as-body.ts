// "…, according to the park.", "…, the park said.": a national or regional park's management, once the text has named
// the park ("Zion National Park News Release … park officials announced"), speaks as the park; the resolver finds the
// name the text prints ending in "Park". "park" is no body word in general: as a capitalised word it is a surname ("Park
// Ji-hoon", "Hye-jin Park") and as part of a longer phrase a place ("the caravan park", "a park bench").
// Guard: exactly "the park", in lower case.
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

export function theParkAsBody(tokens: readonly Token[], span: { start: number; end: number }): SpeakerPhrase | null {
  if (tokens.length !== 2 || tokens[0]!.lower !== 'the' || tokens[1]!.text !== 'park') return null;
  return { kind: 'organisation', body: 'park', name: [], roles: [], qualifier: null, ...span };
}
