// «В суде Громов заявил, что …», «На заседании комиссии Павел Громов сообщил»: a place opened by «в» / «на» (a body's
// word in the locative, perhaps its genitive after it), then a person's surname or full name in the nominative, is that
// person speaking where the place says; the body's word is no part of a body's name «суд Громов» (thirty-fifth session,
// test-44 r07, where the court's later statement went to that false body too), as «В суде он заявил» is the pronoun's.
// Guards: one to three lower-case words between the preposition and the name, no preposition among them; the name one
// or two capitalised Cyrillic words closing the phrase, with no dropped quotation mark before them (so «В компании
// «Ромашка» заявили» keeps its body); two words only a given name the lists know and a surname's shape; one word only
// a man's surname in the nominative by its ending (-ов, -ев, -ин, -ский, -ко, -ук, -ян, -ич, -дзе, -швили), so a
// place's genitive after the body («В правительстве Москвы», «В мэрии Кирова») is never read as a name.
import { givenNameGender } from './given-names.ts';
import { looksLikeSurname } from './name-forms.ts';
import type { Token } from './speaker-phrase.ts';

const MAN_SURNAME_NOMINATIVE = /^\p{Lu}\p{Ll}+(?:[оеё]в|[иы]н|[сц]кий|ко|[ую]к|ян|ич|дзе|швили)$/u;

/** The index in `all` where the speaker's name starts after a place opened by «в» / «на», else -1. */
export function nameAfterPlace(all: readonly Token[], isPreposition: (t: Token) => boolean): number {
  if (all.length < 3 || !['в', 'во', 'на'].includes(all[0]!.text.toLowerCase())) return -1;
  const first = all.findIndex((t, k) => k >= 1 && /^\p{Lu}/u.test(t.text));
  if (first < 2 || first > 4) return -1;
  if (!all.slice(1, first).every((t) => /^\p{Ll}+$/u.test(t.text) && !isPreposition(t))) return -1;
  const name = all.slice(first);
  if (name.some((t) => !/^[\u0400-\u04FF][\u0400-\u04FF-]*$/u.test(t.text))) return -1;
  if (all.slice(first - 1).some((t, k, run) => k > 0 && t.start - run[k - 1]!.end >= 2)) return -1;
  if (name.length === 2) return givenNameGender(name[0]!.text) !== null && looksLikeSurname(name[1]!.text) ? first : -1;
  if (name.length === 1) return MAN_SURNAME_NOMINATIVE.test(name[0]!.text) ? first : -1;
  return -1;
}
