// «— заявил 58-летний подсудимый в последнем слове», «— уточнил 52-летний гляциолог», «— признался 34-летний уроженец
// Прокопьевска»: a person's age as a compound adjective before the word the text calls them by. The phrase was read as
// nothing (no post opens with a number), so the quotation went to an unnamed source or the latest speaker (thirty-fourth
// session, a fifth probe of Russian speakers).
// Guards: the first word exactly a number, a hyphen and «-летний» in any case and gender; one word after it, read by itself
// as a post (a name, a body, a group, an unnamed source or a longer description after the age decides nothing and the phrase
// is read as before).

import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

const AGE_WORD = /^\d{1,3}-летн(?:ий|яя|ого|его|ей|юю|ему|им|ем|ой)$/u;

export function ageBeforePost(all: readonly Token[], parse: (words: Token[]) => SpeakerPhrase | null): SpeakerPhrase | null {
  if (all.length !== 2 || !AGE_WORD.test(all[0]!.lower)) return null;
  // (The phrase is the post alone, the age left out: a bare post is then read as one, a second reference to its holder,
  // not as someone described, whom a longer phrase would make unnamed.)
  const rest = parse(all.slice(1));
  return rest && rest.kind === 'title' ? rest : null;
}
