// A surname the text's subject shares with relatives it names in full: "Her son, Eirik Dahl, said …", "a daughter, Ingrid
// Dahl", "Her husband, the geologist Per Dahl" in an obituary or a profile of Margit Dahl. Copy names the relatives by
// their relation and full name; the surname alone ("Dr. Dahl insisted …", "Dahl said") is the subject's.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/**
 * Of the full names a text prints with one surname (`bearers`), the one it never introduced as someone's relative, when
 * there are several and all the others were; else null (two bearers neither a relative, or no relative among them).
 */
export function surnameBearerNotARelative(bearers: readonly string[], isRelative: (name: string) => boolean): string | null {
  if (bearers.length < 2) return null;
  const others = bearers.filter((name) => !isRelative(name));
  return others.length === 1 ? others[0]! : null;
}

/** Russian words for a relative, in the nominative singular («дочь актрисы Елена Корнилова»). */
const RU_RELATIONS = ['дочь', 'сын', 'мать', 'отец', 'жена', 'муж', 'сестра', 'брат', 'вдова', 'вдовец', 'внук', 'внучка', 'племянник',
  'племянница', 'супруга', 'супруг'];

/**
 * Whether the text prints the Russian `name` right after a word for a relative, perhaps with whose relative in one or two
 * lower-case genitives between («дочь актрисы Елена Корнилова», «сын покойного Олег Ветров», «его вдова Анна Ветрова»).
 */
export function isRussianRelative(text: string, name: string): boolean {
  const escaped = escapeRegExp(name).replace(/ /gu, '\\s+');
  return new RegExp(`(?<!\\p{L})(?:${RU_RELATIONS.join('|')}),?(?:\\s+\\p{Ll}+){0,2}\\s+${escaped}(?!\\p{L})`, 'iu').test(text);
}

/**
 * The bearers of one Russian surname with a name the text also prints with a patronymic made one: «Валентина Корнилова» (a
 * headline) and «Сергеевна Корнилова» (the patronymic read as a first name) are «Валентина Сергеевна Корнилова» when the
 * text prints that. `isPatronymic` is the caller's.
 */
export function withRussianPatronymics(bearers: readonly string[], text: string, surname: string, isPatronymic: (w: string) => boolean): string[] {
  const escaped = escapeRegExp(surname);
  const full = new Map<string, string>();
  for (const m of text.matchAll(new RegExp(`(?<!\\p{L})(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}+)\\s+${escaped}(?!\\p{L})`, 'gu'))) {
    if (isPatronymic(m[2]!) && !isPatronymic(m[1]!)) full.set(m[1]!, `${m[1]} ${m[2]} ${surname}`).set(m[2]!, `${m[1]} ${m[2]} ${surname}`);
  }
  if (full.size === 0) return [...bearers];
  return [...new Set(bearers.map((name) => (name.split(' ').length === 2 ? full.get(name.split(' ')[0]!) ?? name : name)))];
}
