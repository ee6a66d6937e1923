// "Thornbury Mills finance chief Priya Vantongeren said sales rose …. The company said it would open two shops", "Acme's
// managing director Jo Bloggs …, the company said": a business the text names only inside a person's post, before the
// words for a post that only a business has (its chief executive, finance chief, managing director, founder, owner,
// chairman), is the business a later "the company said" means; before, no rule read such a name as a body, so the words
// stayed a body "company". Thirty-sixth session (the thirty-fifth's leftover).
// Guards: one to four capitalised words, less an opening "The", "A" or a sentence's opener ("Meanwhile"), not a nationality; the post in
// lower case, one to three words, its last a business's post (never "minister", "spokesman", a party's or a
// government's); then a full name, two capitalised words.
import { isNationality } from './vocabulary.ts';

const POST_OF_PERSON_RE = /(?<![\p{L}'\u2019])(\p{Lu}[\p{L}&-]*(?:[^\S\n]+\p{Lu}[\p{L}&-]*){0,3})(?:['\u2019]s?)?[^\S\n]+(?:(?:[\p{Ll}-]+)[^\S\n]+){0,2}(?:chief|executive|director|officer|founder|co-founder|owner|chairman|chairwoman|boss)[^\S\n]+(?=\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}\p{Ll})/gu;
const NOT_A_NAME_RE = /^(?:The|A|An|But|And|Meanwhile|Its|His|Her|Their|Our|In|On|At|By|For|From|After|Before|When|While|Former|Then|Now|Later|Acting|Interim|Deputy|Chief|Group|Senior)$/u;

/** The business the text last names before `at` only as the owner of a person's post; else null. */
export function businessInPostOfPerson(text: string, at: number, isNoBusiness: (name: string) => boolean): string | null {
  const names = [...text.slice(0, at).matchAll(POST_OF_PERSON_RE)].map((m) => {
    const words = m[1]!.split(/\s+/u);
    while (words.length > 0 && NOT_A_NAME_RE.test(words[0]!)) words.shift();
    return words.join(' ');
  }).filter((name) => name !== '' && !(!name.includes(' ') && isNationality(name.toLowerCase())) && !isNoBusiness(name));
  return names.at(-1) ?? null;
}
