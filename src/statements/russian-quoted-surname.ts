// «…», — цитирует Кологривова пресс-служба клуба: a verb of quoting whose object is a surname, in the accusative, then who
// relays the words. The surname is whose words they are (the man's accusative in -ова / -ина, the woman's in -ову / -ину,
// put in the nominative), not the start of the relaying body's name. (A word for a person as the object, «цитирует
// футболиста», is quotedObjectPhrase's in russian.ts.)

import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

const MAN_ACCUSATIVE_RE = /^(\p{Lu}\p{Ll}{2,}(?:ов|ев|ёв|ин|ын))а$/u;
const WOMAN_ACCUSATIVE_RE = /^(\p{Lu}\p{Ll}{2,}(?:ов|ев|ёв|ин|ын))у$/u;
const ADJECTIVAL_ACCUSATIVE_RE = /^(\p{Lu}\p{Ll}{2,}[сц]к)(?:ого|ую)$/u;

/** The surname `word` after a verb of quoting, whose words they are, when `next` opens who relays them; else null. */
export function quotedSurnamePhrase(word: Token, next: Token | undefined): SpeakerPhrase | null {
  // (Who relays them follows in lower case or in capitals, «пресс-служба клуба», «ТАСС»; a capitalised word after the
  // surname may be a first name or a name of its own: left as before.)
  if (!next || /^\p{Lu}\p{Ll}/u.test(next.text)) return null;
  const man = MAN_ACCUSATIVE_RE.exec(word.text);
  const woman = man ? null : WOMAN_ACCUSATIVE_RE.exec(word.text);
  const adjectival = man || woman ? null : ADJECTIVAL_ACCUSATIVE_RE.exec(word.text);
  const surname = man ? man[1]! : woman ? `${woman[1]!}а` : adjectival ? `${adjectival[1]!}${word.text.endsWith('ую') ? 'ая' : 'ий'}` : null;
  return surname ? { kind: 'name', name: [surname], roles: [], qualifier: null, start: word.start, end: word.end } : null;
}
