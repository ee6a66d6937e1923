// "Ayla Brett's sister said …", "Corin Hale's lawyer told reporters …", "Premier Name Surname's spokesman said …": a
// relative, a spokesperson or one acting for a person, owned by that person's full name. "Brett's sister" was read as
// the sister already (a post owned by one capitalised word, which the resolver leaves unnamed); with the given name before
// it the phrase read as the name alone, so the sister's or the lawyer's words went to the one she or he speaks of.
// Guards: only a lower-case word of the lists below, last in the phrase, right after a capitalised possessive; every word
// before it capitalised (a name, perhaps with a post); only where the phrase read otherwise as a name; and only for a
// speaker, never for a sentence's mention (speaker-resolver.ts `resolve`, not while noting): "Name Surname's son, Marcus,
// died …. She said …" still notes the mother, whom the next "she" means (test-13 w17; a first version in
// parseSpeakerPhrase lost her, and the misses diff caught it). The resolver then gives it to someone the text named with
// that relation or post, else leaves it unnamed (speaker-resolver.ts, the owned relation).
// (Thirty-third session, second round: any lower-case word for a person after a capitalised possessive of two words or
// more, "Totara Grove's forewoman said", "Kapiti Coast's mayor said": the owner (a firm, a place, a person) was read as the
// speaker. Guards: the word a person's by the vocabulary (isPersonNoun), last and lower case; the owner's words all
// capitalised, as before.)
import { qualifierKey, type SpeakerPhrase, tokenize } from './speaker-phrase.ts';
import { isPersonNoun } from './vocabulary.ts';

/** Words for one who speaks of or for a person: a relative, a friend, a spokesperson, a lawyer or an agent. */
const OWNED_PERSON_WORDS = new Set(['sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'parents',
  'friend', 'partner', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'cousin', 'uncle', 'aunt', 'niece', 'nephew', 'widow',
  'widower', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers', 'solicitor', 'attorney', 'barrister', 'agent']);

/** The phrase as the relation or post its last word names, owned by the full name before it; else null. */
export function relationOfFullName(text: string, phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (phrase.kind !== 'name') return null;
  const all = tokenize(text.slice(phrase.start, phrase.end), phrase.start);
  if (all.length < 3) return null;
  const last = all.at(-1)!;
  const owner = all.at(-2)!;
  if (!/^\p{Ll}/u.test(last.text) || !(OWNED_PERSON_WORDS.has(last.lower) || isPersonNoun(last.lower)) || !owner.possessive || !/^\p{Lu}/u.test(owner.text)) return null;
  if (!all.slice(0, -1).every((t) => /^\p{Lu}/u.test(t.text))) return null;
  return { kind: 'title', name: [], roles: [last.lower], qualifier: qualifierKey(owner.base), start: all[0]!.start, end: last.end };
}
