// «Валентина Семеновна Зорина работает фельдшером в селе …», then «— признается фельдшер»: a named person the text says
// works as someone (the post in the instrumental after «работает», «служит», «трудится») holds that post, so that the post
// alone later is that person, as after «фельдшер Name». Read once per text, with the directory.
import { russianRoles } from './vocabulary-ru.ts';

/** A full name (two or three capitalised words), the verb of working, then one lower-case word in the instrumental. */
const WORKS_AS_RE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})[ \t]+(?:работает|работал|работала|служит|служил|служила|трудится|трудился|трудилась)[ \t]+(\p{Ll}+(?:ом|ем|ой|ей))(?![\p{L}-])/gu;

/** Every named person the text says works as a post the rules know, with that post's roles. */
export function russianPeopleWorkingAs(text: string): { name: string[]; roles: string[] }[] {
  if (!/(?:работа|служи|служил|труди)/u.test(text)) return [];
  const out: { name: string[]; roles: string[] }[] = [];
  for (const m of text.matchAll(WORKS_AS_RE)) {
    const roles = russianRoles(m[2]!);
    if (roles) out.push({ name: m[1]!.split(/[ \t]+/u), roles: [...roles] });
  }
  return out;
}
