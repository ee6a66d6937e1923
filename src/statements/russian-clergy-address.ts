// Clergy called by the form of address and a given name: «Отец Димитрий уточнил», «— сказал отец Николай», «Матушка
// Ксения добавила», «Владыка Феофан отметил». The Russian parser read «Отец Димитрий» opening a sentence as a first name
// and a surname, a person no one else in the text is (thirty-second session, a third probe of Russian speakers). The form
// of address is an honorific, dropped as dev drops «протоиерей» and «иерей»; the person is the one the text printed in
// full with that given name («настоятель иерей Димитрий Соколов»).
// Guards: exactly the address word and one capitalised given name; the full name must be printed, and be the only one with
// that given name in the text (two Николаи, and nothing is decided); «отец» with a name in the genitive after it («Отец
// Ивана Петрова», whose father) is three words and never read here.

const ADDRESS = /^(?:отец|матушка|батюшка|владыка)$/u;

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
