// «…», — обращается к зрителям художественный руководитель театра Name: whom the words are addressed to, «к» and a word
// for people in the dative plural (one adjective may come first, «к своим болельщикам»), stands between the verb and the
// speaker. It is no part of who spoke: the speaker is read after it.

import type { Token } from './speaker-phrase.ts';

const DATIVE_PLURAL_RE = /^\p{Ll}{3,}(?:ам|ям)$/u;
const ADJECTIVE_DATIVE_PLURAL_RE = /^\p{Ll}{2,}(?:ым|им)$/u;

/** How many words after the verb (`run[0]`) say whom it addressed («к зрителям»: 2; «к своим болельщикам»: 3), or 0. */
export function addressedToWords(run: readonly Token[]): number {
  if (run[1]?.lower !== 'к' && run[1]?.lower !== 'ко') return 0;
  if (run[2] && DATIVE_PLURAL_RE.test(run[2].text)) return 2;
  if (run[2] && run[3] && ADJECTIVE_DATIVE_PLURAL_RE.test(run[2].text) && DATIVE_PLURAL_RE.test(run[3].text)) return 3;
  return 0;
}
