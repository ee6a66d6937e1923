// "The Permanent Secretary of the ministry, Mr Name Name, told …. The PS added that …", "The Director-General …, Dr Name,
// said …. "…," the D.G. said": the capital letters of a post the text printed before in full, capitalised, are that post
// written short, and stand for its holder — not a body called "PS" (the phrase reader's reading of a lone acronym), nor
// nobody. (Thirty-first session, second round: a probe of second references on fresh text; initials spelled out in brackets,
// "District Commissioner (DC)", are letters-spelling-a-post.ts's.)
// Guards: "the" and two to four capitals, with or without full stops, alone; the post's words capitalised as printed, a
// role's word among them (so a body's name, "Public Service", spelled "PS", is no post), each word and each part of a
// hyphenated word giving one letter, "of" / "the" / "for" between them skipped; one post alone spells the letters.

// ("A resident assistant who asked not to be identified because RAs are not permitted to speak … said …. The RA said …":
// a post printed in lower case, two to four words whose first letters spell the capitals, its last word one for a person,
// where the text also prints the capitals with a plural "s" ("RAs") as the name of that kind of person: its holder, here
// the unnamed source. Thirty-seventh session, dev d1811. Guards: only when no capitalised post spells them; the plural
// printed in the text; the capitals no body's known letters ("the UN", "the EU").)

import { isPersonNoun, ORGANISATION_NAMES, ROLE_NOUNS } from './vocabulary.ts';

/** The letters of "the PS" / "The D.G." / "the MEC", else null. */
export function postInitials(printed: string): string | null {
  const m = /^[Tt]he\s+((?:\p{Lu}\.?){2,4})$/u.exec(printed.trim());
  return m ? m[1]!.replace(/\./gu, '') : null;
}

const POST_RE = /(?<![\p{L}])(\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?(?:\s+(?:(?:of|for|the)\s+){0,2}\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?){0,3})/gu;

/** The capitalised post printed before `at` whose words' initials spell `letters`: one alone, else null. */
export function postSpelledBefore(text: string, letters: string, at: number): string | null {
  const found = new Set<string>();
  for (const m of text.slice(0, at).matchAll(POST_RE)) {
    const words = m[1]!.split(/\s+/u).filter((w) => !/^(?:of|for|the)$/u.test(w));
    // (Every window of the run: "The Permanent Secretary" opens with "The", a sentence's first word.)
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        const part = words.slice(i, j);
        const initials = part.flatMap((w) => w.split('-')).map((w) => w[0]).join('');
        if (initials !== letters) continue;
        if (!part.some((w) => w.toLowerCase().split('-').some((p) => ROLE_NOUNS.has(p)))) continue;
        found.add(part.join(' '));
      }
    }
  }
  if (found.size === 0 && !ORGANISATION_NAMES.has(letters.toLowerCase()) && new RegExp(`(?<![\\p{L}])${letters}s(?![\\p{L}])`, 'u').test(text)) {
    for (const m of text.slice(0, at).matchAll(LOWER_POST_RE)) {
      const words = m[1]!.split(/\s+/u);
      for (let i = 0; i + letters.length <= words.length; i++) {
        const part = words.slice(i, i + letters.length);
        if (part.map((w) => w[0]!.toUpperCase()).join('') === letters && isPersonNoun(part.at(-1)!)) found.add(part.join(' '));
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Two or more lower-case words in a row, each window of two to four read ("resident assistant", "community health worker"). */
const LOWER_POST_RE = /(?<![\p{L}])(\p{Ll}+(?:\s+\p{Ll}+)+)(?![\p{L}])/gu;
