// A post's letters the text itself spells out: "Upazila Nirbahi Officer (UNO) Name … The UNO said", "Resident District
// Commissioner (RDC), Ms Name, said … the RDC warned", or, never defined, "District Magistrate Name … the DM said" (the
// capitals are the initials of the post printed before the person's name). Local posts known by their letters are
// endless (a district's DM, DC, SP, BDO, an upazila's UNO, a Ugandan RDC); no list holds them, but the text that uses
// the letters prints the post in full once. While the text is read, the letters are a role noun (text-titles.ts adds
// them to the taught titles) and stand for the post's words, so "the DM said" is the person who holds that post
// (people.ts titleCovers), not a body called "DM".
import { ROLE_NOUNS } from './vocabulary.ts';

/** Capitalised words (a hyphen or apostrophe inside), then the letters in brackets: "Resident District Commissioner (RDC)". */
const DEFINED_RE = /((?:\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+){1,6})\((\p{Lu}{2,5})\)/gu;

/** A run of two to seven capitalised words, followed by a capitalised word (the post's words, then a name). */
const POST_BEFORE_NAME_RE = /(?<![\p{L}'\u2019-])((?:\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+){1,7})(?=\p{Lu}\p{Ll})/gu;

/**
 * The post's capitalised words, then a comma and the holder's name in apposition, perhaps after a courtesy title: "The
 * Kumasi Metropolitan Chief Executive, Mr Name Name, who …, said … the MCE said".
 */
const POST_BEFORE_APPOSED_NAME_RE = /(?<![\p{L}'\u2019-])((?:\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+){1,6}\p{Lu}\p{Ll}[\p{L}'\u2019-]*),\s+(?=\p{Lu}\p{Ll}*\.?\s+\p{Lu}\p{Ll})/gu;

/**
 * A post "of" a service, in any case, perhaps its field in brackets, then the holder's name: "Deputy commissioner of police
 * (traffic) Name Name said … the DCP said", "Superintendent of Police Name Name" (SP). The letters skip "of".
 */
const POST_OF_SERVICE_BEFORE_NAME_RE = /(?<![\p{L}'\u2019-])((?:\p{L}[\p{L}-]*\s+){0,3}\p{L}[\p{L}-]*)\s+of\s+(\p{L}[\p{L}-]*)(?:\s+\([^()\n]{1,30}\))?,?\s+(?=\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+\p{Lu}\p{Ll})/gu;

/** The post's capitalised words, then its field after "for" or "of": "County Executive Committee Member for Water Name Name". */
const POST_BEFORE_FIELD_RE = /(?<![\p{L}'\u2019-])((?:\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+){1,6}\p{Lu}\p{Ll}[\p{L}'\u2019-]*)\s+(?:for|of)\s+(?=\p{Lu})/gu;

/**
 * The post's words (lower case) for letters that spell a committee or council whose member the post is, its last word
 * "Member" unspelled: "the CEC said" of "County Executive Committee Member for Water Name" (Kenyan copy calls the
 * member by the committee's letters). Two spelled words or more; null if none.
 */
function memberOfLetters(words: readonly string[], letters: string): string[] | null {
  if (words.at(-1)!.toLowerCase() !== 'member') return null;
  for (let k = words.length - 3; k >= 0 && words.length - 1 - k <= letters.length; k--) {
    if (initials(words.slice(k, -1)) === letters) return words.slice(k).map((w) => w.toLowerCase());
  }
  return null;
}

/** "the DM said", "The SP told": the letters used as a common noun, after "the". */
const DEFINITE_LETTERS_RE = /(?<![\p{L}])[Tt]he\s+(\p{Lu}{2,5})(?![\p{L}\p{N}'\u2019-])/gu;

/** Initials, one for each part of a hyphenated word ("Sub-Divisional Magistrate": SDM). */
const initials = (words: readonly string[]) => words.map((w) => w.split('-').map((part) => part[0]).join('')).join('');

/**
 * The post's words (lower case) that `words` end in and whose initials are `letters`, the last a role noun
 * ("District Magistrate": DM; "Masaka Resident District Commissioner": RDC, its last three words); null if none.
 */
function postSpelled(words: readonly string[], letters: string): string[] | null {
  if (!ROLE_NOUNS.has(words.at(-1)!.toLowerCase())) return null;
  for (let k = words.length - 1; k >= 0 && words.length - k <= letters.length; k--) {
    const post = words.slice(k);
    if (initials(post) === letters) return post.length >= 2 || post[0]!.includes('-') ? post.map((w) => w.toLowerCase()) : null;
  }
  return null;
}

/** A name of two capitalised words right after the brackets. */
const NAME_AFTER_RE = /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;

/** The post's words (lower case), two or more ending in a role noun, whose initials open `letters`; null if none. */
function postOpeningLetters(words: readonly string[], letters: string): string[] | null {
  if (!ROLE_NOUNS.has(words.at(-1)!.toLowerCase())) return null;
  for (let k = words.length - 2; k >= 0 && words.length - k < letters.length; k--) {
    const post = words.slice(k);
    if (letters.startsWith(initials(post)) && (k === 0 || !letters.startsWith(initials(words.slice(k - 1))))) return post.map((w) => w.toLowerCase());
  }
  return null;
}

/** The letters (lower case) `text` gives posts, each with the post's words: "dm" → ["district", "magistrate"]. */
export function postLettersSpelledInText(text: string): Map<string, readonly string[]> {
  const taught = new Map<string, readonly string[]>();
  for (const m of text.matchAll(DEFINED_RE)) {
    const words = m[1]!.trim().split(/\s+/u);
    // ("District Agricultural Coordinator (DACO) Name Name": letters in brackets between a post and its holder's name are
    // the post's, even where the text prints the post shorter than its letters, "Coordinating Officer" as "Coordinator".)
    const beforeName = NAME_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const post = postSpelled(words, m[2]!) ?? (beforeName ? postOpeningLetters(words, m[2]!) : null);
    if (post) taught.set(m[2]!.toLowerCase(), post);
  }
  // Letters used after "the" and never defined: the initials of a post printed right before a person's name.
  const wanted = new Set<string>();
  for (const m of text.matchAll(DEFINITE_LETTERS_RE)) if (!taught.has(m[1]!.toLowerCase())) wanted.add(m[1]!);
  if (wanted.size === 0) return taught;
  for (const m of text.matchAll(POST_BEFORE_NAME_RE)) {
    const words = m[1]!.trim().split(/\s+/u);
    // The post ends at any role noun of the run ("District Magistrate Anupama": the name's words follow it).
    for (let end = 2; end <= words.length; end++) {
      for (const letters of wanted) {
        const post = postSpelled(words.slice(0, end), letters);
        if (post && !taught.has(letters.toLowerCase())) taught.set(letters.toLowerCase(), post);
      }
    }
  }
  // (Or the post with its holder in apposition, "The Place Metropolitan Chief Executive, Mr Name Name,": the post ends at the
  // comma.)
  for (const m of text.matchAll(POST_BEFORE_APPOSED_NAME_RE)) {
    const words = m[1]!.trim().split(/\s+/u);
    for (const letters of wanted) {
      const post = postSpelled(words, letters);
      if (post && !taught.has(letters.toLowerCase())) taught.set(letters.toLowerCase(), post);
    }
  }
  // (Or the post before its field, "County Executive Committee Member for Water Name Name": its letters, or a committee's
  // letters for its member, "the CEC".)
  for (const m of text.matchAll(POST_BEFORE_FIELD_RE)) {
    const words = m[1]!.trim().split(/\s+/u);
    for (const letters of wanted) {
      const post = postSpelled(words, letters) ?? memberOfLetters(words, letters);
      if (post && !taught.has(letters.toLowerCase())) taught.set(letters.toLowerCase(), post);
    }
  }
  // (Or a post "of" a service, its head before "of": "Deputy commissioner of police (traffic) Name Name", the DCP; the
  // post's words are those before "of", ending in the role noun a holder is given.)
  for (const m of text.matchAll(POST_OF_SERVICE_BEFORE_NAME_RE)) {
    const words = m[1]!.trim().split(/\s+/u);
    if (!ROLE_NOUNS.has(words.at(-1)!.toLowerCase())) continue;
    for (const letters of wanted) {
      if (taught.has(letters.toLowerCase())) continue;
      for (let k = words.length - 1; k >= 0 && words.length - k < letters.length; k--) {
        const post = words.slice(k);
        if ((initials(post) + m[2]![0]!).toUpperCase() !== letters) continue;
        taught.set(letters.toLowerCase(), post.map((w) => w.toLowerCase()));
        break;
      }
    }
  }
  return taught;
}

/** The post letters of the text being read (set around extractStatements' read, as taught-words.ts does for words). */
let inForce: ReadonlyMap<string, readonly string[]> = new Map();

/** Runs `read` with `letters` in force, then puts back what was before. */
export function withPostLetters<T>(letters: ReadonlyMap<string, readonly string[]>, read: () => T): T {
  const before = inForce;
  inForce = letters;
  try {
    return read();
  } finally {
    inForce = before;
  }
}

/** The words of the post the text being read spells out for `letters` (lower case); undefined if it spells none. */
export function postOfTaughtLetters(letters: string): readonly string[] | undefined {
  return inForce.get(letters);
}
