// A Russian woman's full name with a patronymic printed in the accusative, whom a verb takes as its object («пригласили
// фельдшера Наталью Сергеевну Ершову», «наградили Марию Ильиничну Луговую»), put in the nominative: a later «по ее словам»
// or «рассказала она» means that woman, named as she is called, not as the verb bends her name.

/** Whether a patronymic is a woman's in the accusative («Сергеевну», «Ильиничну», «Кузьминичну»). */
export function isAccusativeWomansPatronymic(word: string): boolean {
  return /\p{Ll}(?:[оеє]вн|ичн|иничн)у$/u.test(word);
}

const WOMAN: [RegExp, string][] = [
  // (Surnames that decline as adjectives, «Луговую», «Вольскую», before those in -ову / -ину.)
  [/ую$/u, 'ая'], [/юю$/u, 'яя'],
  // (A first name in -ью or -ию, «Наталью», «Марию»; one in -ю, «Олю»; in -у after a consonant, «Анну», «Ершову».)
  [/ю$/u, 'я'], [/у$/u, 'а'],
];

/** The name in the nominative by a woman's accusative; words that do not decline («Вайнштейн», «Шевчук») stay. */
export function nominativeFromAccusative(name: readonly string[]): string[] {
  return name.map((word) => {
    for (const [re, to] of WOMAN) if (re.test(word)) return word.replace(re, to);
    return word;
  });
}
