// A lone Russian name that the words right after it describe as someone by kin or by post: «Варвара, мама двоих
// школьников, рассказала», «Тимур, водитель маршрутки, говорит». A lone unknown word is otherwise read as a body's name
// («Роскосмос сообщил»); a body is not described so (a company is «крупнейший производитель», no «мама» or «житель»).
// The Russian counterpart of lone-name-described-as-person.ts; any first name, listed in given-names.ts or not.
import { russianRoles } from './vocabulary-ru.ts';

/** Words for someone by their tie to another, in the nominative singular. */
const KIN = new Set(['мама', 'папа', 'мать', 'отец', 'дочь', 'сын', 'бабушка', 'дедушка', 'жена', 'муж', 'сестра', 'брат', 'внучка',
  'внук', 'вдова', 'хозяйка', 'хозяин', 'соседка', 'сосед']);

/** Whether the text right after a lone Cyrillic name (from `end`) opens an apposition that describes a person. */
export function russianNameDescribedAsPerson(text: string, end: number): boolean {
  const m = /^,\s+([\u0430-\u044F\u0451-]+)[\s,]/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  const word = m[1]!;
  return KIN.has(word) || (russianRoles(word) ?? []).some((r) => [r, `${r}ка`, `${r}ница`].includes(word));
}
