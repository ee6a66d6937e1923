// "Selvarani Murugesu, a mother of three who plucks tea, said …", "Apaq Kasayulie has run a set net for 26 years, the last
// ten with her crew", "Executive Engineer Name Name said his men had …": a speaker whose given name no list holds, and
// before whose name no gendered word stands, is still marked a woman or a man by what the text says of them: a gendered
// noun set after the name ("a mother of three", "a father of two", "a widow"), or the first "he" / "his" / "she" / "her"
// of the sentence in which the full name is the subject, with no one else named between. A later "She said" after a man
// was quoted then goes back to her, not to him. Forty-fourth session, an eighth probe of English speaker resolution
// (d2440, d2442, and the seventh probe's leftover d2401). Used only where genderOf finds nothing else (no title, no
// gendered word before the name, no given name the lists know).
// (The first version also took the pronoun-after-speech cue of pronoun-after-speech-verb.ts, and any pronoun after a verb
// of speech: "Name, who succeeded her …, said she had been …" and "His coach, Name Name, said he had prepared …" then
// marked the speaker by another's pronoun, dev d1111 and d1626; both taken back.)
// Guards: the full name as printed, opening its sentence or after a post's words (no verb before it), or apposed to a
// description opening the sentence ("The Municipal Fire Commander, DO I Name Name, said his men …"); the pronoun within
// 120 characters in the same sentence, no other full name (two capitalised words), quotation mark or "who"/"whom"
// between; every cue agrees, or nothing is read.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

const APPOSED_FEMALE = 'mother|grandmother|widow|wife|daughter|sister|woman|girl|mum|mom|granddaughter|niece|aunt';
const APPOSED_MALE = 'father|grandfather|widower|husband|son|brother|man|boy|dad|grandson|nephew|uncle';

/** Words before a name that make it no subject: a verb, a preposition, a conjunction. */
const NOT_SUBJECT_RE = /(?<![\p{L}])(?:to|by|with|for|from|and|or|of|told|asked|met|thanked|called|named|said|says|joined|replaced|succeeded)(?![\p{L}])/iu;
/** A verb of speech between the name and the pronoun. */
const SPEECH_RE = /(?<![\p{L}])(?:said|says|told|tells|added|adds|explained|insisted|warned|claimed|stated)(?![\p{L}])/u;
/** Right after "his" / "her": the speaker's own people, "his men", "her crew". */
const OWN_PEOPLE_RE = /^\s+(?:men|crew|crews|team|officers|staff|workers|colleagues|deputies|firefighters|rangers)(?![\p{L}])/u;

/** "m" / "f" from what the text says of the full name; null when nothing or the cues disagree. */
export function genderToldByText(text: string, fullName: string): 'm' | 'f' | null {
  const name = escapeRegExp(fullName).replace(/ /gu, '\\s+');
  const found = new Set<'m' | 'f'>();
  const apposed = new RegExp(`(?<![\\p{L}])${name}(?:,\\s+\\d{1,3})?,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${APPOSED_FEMALE}|${APPOSED_MALE})(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(apposed)) found.add(new RegExp(`^(?:${APPOSED_FEMALE})$`, 'u').test(m[1]!) ? 'f' : 'm');
  // (The subject's own pronoun in its sentence: the name at the sentence's start or after capitalised post words.)
  const subject = new RegExp(`(?:^|[.!?]["\\u201d]?\\s+|\\n)(?:[\\p{L}'\\u2019 -]{1,60},\\s+)?((?:[\\p{L}'\\u2019-]+\\s+){0,5}?)${name}(?![\\p{L}'\\u2019-])([^.!?\\n"\\u201c\\u201d]{1,120}?)(?<![\\p{L}])(he|his|she|her)(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(subject)) {
    // (Words before the name are a post's, "Public works superintendent Name Name"; none that makes the name an object.)
    if (NOT_SUBJECT_RE.test(m[1]!)) continue;
    const between = m[2]!;
    if (/\p{Lu}[\p{L}'\u2019-]*\s+\p{Lu}/u.test(between) || /(?<![\p{L}])(?:who|whom|whose)(?![\p{L}])/u.test(between)) continue;
    // (After a verb of speech the pronoun opens what was said, and may be anyone's ("His coach, Name Name, said he had
    // prepared …" is the player's "he"); only "his" / "her" before the speaker's own people counts there, "said his men".)
    if (SPEECH_RE.test(between) && !((m[3] === 'his' || m[3] === 'her') && OWN_PEOPLE_RE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20)))) continue;
    // ("described him as", "thanked her for": an object pronoun is another's; "her" counts only before a noun.)
    if (m[3] === 'her' && !/^\s+(?!(?:as|to|at|in|on|of|that|for|and|a|an|the|with|by|from)\b)\p{Ll}/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
    found.add(m[3] === 'he' || m[3] === 'his' ? 'm' : 'f');
  }
  return found.size === 1 ? [...found][0]! : null;
}
