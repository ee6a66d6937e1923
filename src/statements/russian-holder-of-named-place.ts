// «На рыболовной базе Name Surname (genitive) … «…», — говорит хозяин базы»; «в мастерской Name Surname (genitive) …
// «…», — сказал мастер»: a place printed with its owner's name in the genitive, then a lower-case mention whose word shares
// the place word's stem (the master of a workshop, the owner of a camp, «базы» of «базе») is that owner, in the nominative.
// The mention had been read as a body «хозяин базы», or given to whoever spoke last. Thirty-seventh session, an eighth probe
// of Russian speakers (dev d1964; the seventh probe's leftover d1780).
// Guards: the mention one or two lower-case Cyrillic words; the place after «в / во / на» (at most one adjective between), in
// the locative, right before two capitalised words and no third, whose nominative differs from the printed form (a
// genitive, so the name is no subject of its own) and opens with a given name of the lists; the shared stem five letters,
// or the whole shorter word but its last letter; exactly one such owner before the mention. (A first version without the
// preposition took «заместителя министра Name» for «министерства», «начальника дороги Name» for «дороги» and more in dev and
// the read parts; caught by the misses run.)

import { givenNameGender } from './given-names.ts';
import { russianNominativeName } from './russian.ts';

function shareStem(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 5 || (k >= 3 && k >= Math.min(a.length, b.length) - 1);
}

/** The owner of a place the text named with them, for a mention like «хозяин базы» / «мастер» at `at`; else null. */
export function holderOfNamedPlace(text: string, mention: string, at: number): string | null {
  const words = mention.trim().split(/\s+/u);
  if (words.length < 1 || words.length > 2 || !words.every((w) => /^[\u0430-\u044F\u0451]+$/u.test(w))) return null;
  const owners = new Set<string>();
  // (A place: «в / во / на», at most one adjective, the place word in the locative; then the name, and no third capitalised
  // word. Not a post and whose it is, «заместителя министра Name», «директора клуба Name».)
  for (const m of text.slice(0, at).matchAll(/(?<!\p{L})(?:[Вв]|[Вв]о|[Нн]а)\s+(?:\p{Ll}+(?:ой|ей|ом|ем)\s+)?(\p{Ll}{3,}(?:[еи]|ой))\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])(?!\s+\p{Lu})/gu)) {
    const place = m[1]!;
    if (!words.some((w) => shareStem(w, place))) continue;
    const printed = [m[2]!, m[3]!];
    // («Геннадия Сысоева», «Юрия Котова»: a man's name in «-ий», its genitive in «-ия», which russianNominativeName leaves.)
    const inIya = /ия$/u.test(printed[0]!) && /(?:ов|ев|ёв|ин|ын)а$/u.test(printed[1]!) && givenNameGender(printed[0]!.replace(/ия$/u, 'ий')) === 'm'
      ? [printed[0]!.replace(/ия$/u, 'ий'), printed[1]!.slice(0, -1)] : null;
    const nominal = inIya ?? russianNominativeName(printed);
    if (nominal.join(' ') === printed.join(' ') || givenNameGender(nominal.join(' ')) === null) continue;
    owners.add(nominal.join(' '));
  }
  return owners.size === 1 ? [...owners][0]! : null;
}
