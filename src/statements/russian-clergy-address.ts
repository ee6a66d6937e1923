// Clergy called by the form of address and a given name: «Отец Димитрий уточнил», «— сказал отец Николай», «Матушка
// Ксения добавила», «Владыка Феофан отметил». The Russian parser read «Отец Димитрий» opening a sentence as a first name
// and a surname, a person no one else in the text is (thirty-second session, a third probe of Russian speakers). The form
// of address is an honorific, dropped as dev drops «протоиерей» and «иерей»; the person is the one the text printed in
// full with that given name («настоятель иерей Димитрий Соколов»).
// Guards: exactly the address word and one capitalised given name; the full name must be printed, and be the only one with
// that given name in the text (two Николаи, and nothing is decided); «отец» with a name in the genitive after it («Отец
// Ивана Петрова», whose father) is three words and never read here.

import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

const ADDRESS = /^(?:отец|матушка|батюшка|владыка)$/u;

// Thirty-sixth session (a seventh probe of Russian speakers, dev d1780): «— сказал отец Алексий», the form of address in
// lower case after the verb, was read as no speaker (only a capitalised «Отец Алексий» opening a sentence was a name), and
// the quotation went to the latest speaker. The two words are read as the capitalised pair is; the resolver then finds the
// full name as above, and, where the text prints none, reads the given name alone (so a lower-case «отец» is never part
// of a person's name). Guards: exactly two words, the address word in lower case; the name capitalised Cyrillic, not in
// an oblique case's ending («отец Кирилла», «отцу Николаю», whose father or to whom).

/** The name phrase for «отец Алексий» printed in lower case after the verb; else null. */
export function lowerCaseClergyAddress(all: readonly Token[]): SpeakerPhrase | null {
  if (all.length !== 2 || !ADDRESS.test(all[0]!.text)) return null;
  const given = all[1]!;
  if (!/^[\u0410-\u042F\u0401][\u0430-\u044F\u0451]{2,}$/u.test(given.text) || /(?:[аяую]|ом|ем|ым)$/u.test(given.text)) return null;
  return { kind: 'name', name: [all[0]!.text, given.text], roles: [], qualifier: null, start: all[0]!.start, end: given.end };
}

/** «Димитрий Соколов» for «Отец Димитрий» when the text prints «Димитрий Соколов» and no other «Димитрий …»; else null. */
export function clergyAddressed(text: string, name: readonly string[]): string | null {
  if (name.length !== 2 || !ADDRESS.test(name[0]!.toLowerCase())) return null;
  const given = name[1]!;
  if (!/^[\u0400-\u04FF]\p{Ll}+$/u.test(given)) return null;
  const full = new Set<string>();
  // (With a patronymic between, «Николай Петрович Лебедь», the full name is all three.)
  for (const m of text.matchAll(new RegExp(`(?<!\\p{L})${given}\\s+(?:(\\p{Lu}\\p{Ll}+(?:вич|вна|ична|чна))\\s+)?(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?!\\p{L})`, 'gu'))) {
    full.add([given, m[1], m[2]].filter(Boolean).join(' '));
  }
  return full.size === 1 ? [...full][0]! : null;
}
